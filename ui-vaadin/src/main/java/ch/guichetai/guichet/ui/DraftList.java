package ch.guichetai.guichet.ui;

import ch.guichetai.identity.Actor;
import ch.guichetai.primitives.Formats;
import ch.guichetai.request.DraftSummary;
import ch.guichetai.request.RequestDrafts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * "Brouillons" on the Guichet (ADR 0028): the forms being filled, last saved first, each with its
 * form's title, when it was last saved, "Reprendre" (the form page with the draft's values) and
 * "Supprimer" (after confirmation). Not shown when there is none.
 */
class DraftList extends Section {

    private final RequestDrafts drafts;
    private final Supplier<Actor> actor;
    private final UnorderedList entries = new UnorderedList();

    DraftList(RequestDrafts drafts, Supplier<Actor> actor) {
        this.drafts = drafts;
        this.actor = actor;
        setId("drafts");
        addClassNames("card", "drafts");
        entries.addClassName("draft-list");
        add(new H2(getTranslation("guichet.drafts")), entries);
        show();
    }

    private void show() {
        entries.removeAll();
        List<DraftSummary> found = drafts.list(actor.get());
        found.forEach(draft -> entries.add(entry(draft)));
        setVisible(!found.isEmpty());
    }

    private ListItem entry(DraftSummary draft) {
        String title = InvoiceFormList.title(draft.form());
        String saved = Formats.dateTime(draft.updatedAt());
        Span name = new Span(title);
        name.addClassName("draft-form");
        Span when = new Span(getTranslation("guichet.drafts.saved", saved));
        when.addClassName("draft-saved");
        RouterLink resume = new RouterLink(getTranslation("guichet.drafts.resume"), RequestView.class,
                draft.form().officialNumber());
        resume.setQueryParameters(QueryParameters.simple(Map.of(RequestView.DRAFT, String.valueOf(draft.id()))));
        resume.setId("draft-" + draft.id() + "-resume");
        resume.getElement().setAttribute("aria-label", getTranslation("guichet.drafts.resume") + " : " + title);
        Button delete = new Button(getTranslation("guichet.drafts.delete"), VaadinIcon.TRASH.create(),
                click -> confirmDelete(draft, title, saved));
        delete.setId("draft-" + draft.id() + "-delete");
        delete.setAriaLabel(getTranslation("guichet.drafts.delete") + " : " + title);
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        ListItem item = new ListItem(name, when, resume, delete);
        item.addClassName("draft");
        return item;
    }

    private void confirmDelete(DraftSummary draft, String title, String saved) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("draft-delete-confirmation");
        confirm.setHeader(getTranslation("guichet.drafts.delete.title"));
        confirm.setText(getTranslation("guichet.drafts.delete.text", title, saved));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("guichet.drafts.cancel"));
        confirm.setConfirmText(getTranslation("guichet.drafts.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> {
            drafts.delete(actor.get(), draft.id());
            Notification.show(getTranslation("guichet.drafts.deleted"));
            show();
        });
        confirm.open();
    }
}
