package ch.guichetai.office.ui;

import ch.guichetai.canton.Role;
import ch.guichetai.catalogue.AssistiveDeviceCatalog;
import ch.guichetai.company.Companies;
import ch.guichetai.company.Company;
import ch.guichetai.document.DocumentOwner;
import ch.guichetai.document.DocumentType;
import ch.guichetai.document.StoredDocument;
import ch.guichetai.guichet.ui.PreviousVersion;
import ch.guichetai.primitives.Formats;
import ch.guichetai.request.OfficeQueue;
import ch.guichetai.request.PossibleDuplicate;
import ch.guichetai.request.RequestDecisions;
import ch.guichetai.request.RequestStatus;
import ch.guichetai.request.RequestTransition;
import ch.guichetai.request.RequestVersion;
import ch.guichetai.request.Requests;
import ch.guichetai.request.SentRequest;
import ch.guichetai.request.TransitionRefusedException;
import ch.guichetai.request.UnknownRequestException;
import ch.guichetai.ui.CurrentUser;
import ch.guichetai.ui.FieldErrors;
import ch.guichetai.ui.MainLayout;
import ch.guichetai.ui.UiLanguage;
import ch.guichetai.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The office's page of one request (issue 12, ADR 0036): the key fields in HTML, the official PDF
 * copy inline (every field and computed table of each form, as the owner's copy prints them), the
 * documents and the beneficiary's procuration previewed inline, the transitions with the staff
 * members who decided, a warning when the request looks like a duplicate, and, while the request is
 * in progress, Accepter, Demander une correction and Refuser, each confirmed in a dialog. Office
 * staff of the canton only: {@code Requests.byId} decides, another canton's or an unknown id is
 * the not-found page.
 */
@Route(value = "office/demandes/:id([0-9]{1,18})", layout = MainLayout.class)
@RolesAllowed({Role.OFFICE_AGENT_NAME, Role.OFFICE_ADMIN_NAME})
class OfficeRequestView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "office/demandes/";

    private final Requests requests;
    private final RequestDecisions decisions;
    private final Companies companies;
    private final OfficeQueue queue;
    private final CurrentUser user;
    private final AssistiveDeviceCatalog devices;
    private SentRequest request;

    OfficeRequestView(Requests requests, RequestDecisions decisions, Companies companies, OfficeQueue queue,
                      CurrentUser user, AssistiveDeviceCatalog devices) {
        this.devices = devices;
        this.requests = requests;
        this.decisions = decisions;
        this.companies = companies;
        this.queue = queue;
        this.user = user;
        addClassNames("page", "office-request");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SentRequest> found = event.getRouteParameters().getLong("id")
                .flatMap(id -> requests.byId(user.actor(), id));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void reload() {
        requests.byId(user.actor(), request.id()).ifPresent(this::show);
    }

    private void show(SentRequest sent) {
        request = sent;
        removeAll();
        H1 title = new H1(getTranslation("office.request.title", sent.reference().toString()));
        Div status = new Div(RequestTexts.statusBadge(sent.status()));
        status.setId("request-status");
        status.getElement().setAttribute("role", "status");
        add(title, status);
        duplicates().ifPresent(this::add);
        if (sent.status() == RequestStatus.IN_PROGRESS) {
            add(actions());
        }
        add(fields(sent), copy(sent), documents(sent), procuration(sent), transitions(sent));
        previousVersions(sent).ifPresent(this::add);
    }

    /** What the owner's corrections replaced (ADR 0037), oldest first, each folded; nothing for a request never corrected. */
    private Optional<Section> previousVersions(SentRequest sent) {
        List<RequestVersion> versions = requests.previousVersions(user.actor(), sent.id());
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        Section section = section("request-versions", getTranslation("office.request.versions"));
        versions.forEach(version -> section.add(new PreviousVersion(sent.id(), version, requests, devices)));
        return Optional.of(section);
    }

    /** "Cette demande ressemble à une autre demande": the others with the same beneficiary, form, period and total. */
    private Optional<Component> duplicates() {
        List<PossibleDuplicate> others = queue.duplicatesOf(user.actor(), request.id());
        if (others.isEmpty()) {
            return Optional.empty();
        }
        Div warning = new Div(new Paragraph(getTranslation("office.request.duplicate")));
        warning.setId("duplicate-warning");
        warning.addClassName("duplicate-warning");
        warning.getElement().setAttribute("role", "note");
        UnorderedList links = new UnorderedList();
        others.forEach(other -> links.add(new ListItem(new RouterLink(other.reference().toString(), OfficeRequestView.class,
                new RouteParameters("id", String.valueOf(other.id()))))));
        warning.add(links);
        return Optional.of(warning);
    }

    private DescriptionList fields(SentRequest sent) {
        DescriptionList list = new DescriptionList();
        list.setId("request-fields");
        list.addClassName("request-fields");
        entry(list, "office.request.reference", sent.reference().toString());
        entry(list, "office.request.form", RequestTexts.form(sent.form()));
        entry(list, "office.request.status", RequestTexts.status(sent.status()));
        entry(list, "office.request.sent", Formats.dateTime(sent.sentAt()));
        entry(list, "office.request.owner", owner(sent));
        entry(list, "office.request.responsible", sent.responsibleName());
        entry(list, "office.request.beneficiary", sent.beneficiary().name()
                + sent.beneficiary().avsNumber().map(avs -> ", " + Formats.avs(avs)).orElse(""));
        entry(list, "office.request.decision", sent.decisionNumber().formatted()
                + sent.decisionDescription().map(description -> " – " + description).orElse(""));
        entry(list, "office.request.iban", sent.iban().formatted());
        entry(list, "office.request.period", sent.servicePeriod().formatted());
        entry(list, "office.request.total", Formats.chf(sent.total()));
        entry(list, "office.request.remarks", sent.remarks().orElse(getTranslation("office.request.none")));
        return list;
    }

    private void entry(DescriptionList list, String labelKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(value));
    }

    /** The company's name, or the person who sent it for themself or the persons they represent. */
    private String owner(SentRequest sent) {
        return switch (sent.owner()) {
            case DocumentOwner.OfCompany company -> companies.byId(company.id()).map(Company::name)
                    .orElse(sent.responsibleName());
            case DocumentOwner.OfAccount person -> sent.responsibleName();
        };
    }

    /** The official copy: every field and computed table of the form, as the owner's PDF shows them. */
    private Section copy(SentRequest sent) {
        String path = OfficePreviews.copyPath(sent.id(), UiLanguage.current());
        IFrame frame = preview(path, getTranslation("office.request.copy.frame", sent.reference().toString()));
        frame.setId("request-copy");
        Anchor open = newTab(path, getTranslation("office.request.copy.open"));
        return section("request-copy-section", getTranslation("office.request.copy"), frame, open);
    }

    private Section documents(SentRequest sent) {
        Section section = section("request-documents", getTranslation("office.request.documents"));
        if (sent.documents().isEmpty()) {
            section.add(new Paragraph(getTranslation("office.request.documents.none")));
        }
        for (StoredDocument document : sent.documents()) {
            section.add(document(document, OfficePreviews.documentPath(sent.id(), document.id())));
        }
        return section;
    }

    private Section procuration(SentRequest sent) {
        Section section = section("request-procuration", getTranslation("office.request.procuration"));
        Optional<StoredDocument> procuration = requests.beneficiaryProcuration(user.actor(), sent.id());
        procuration.ifPresentOrElse(document -> section.add(document(document, OfficePreviews.procurationPath(sent.id()))),
                () -> section.add(new Paragraph(getTranslation(sent.beneficiary().isSelf()
                        ? "office.request.procuration.self" : "office.request.procuration.none"))));
        return section;
    }

    /** A document's name and size, opened in a new tab, and its preview: a PDF in a frame, an image as such. */
    private Div document(StoredDocument document, String path) {
        String name = getTranslation("form.documents.file", document.fileName(), Math.max(1, (document.size() + 1023) / 1024));
        Component preview;
        if (document.type() == DocumentType.PDF) {
            preview = preview(path, getTranslation("office.request.preview", document.fileName()));
        } else {
            Image image = new Image(path, getTranslation("office.request.preview", document.fileName()));
            image.addClassName("document-preview");
            preview = image;
        }
        Div item = new Div(newTab(path, name), preview);
        item.addClassName("office-document");
        return item;
    }

    private static IFrame preview(String path, String title) {
        IFrame frame = new IFrame(path);
        frame.setTitle(title);
        frame.addClassName("document-preview");
        return frame;
    }

    private static Anchor newTab(String path, String text) {
        Anchor link = new Anchor(path, text);
        link.setRouterIgnore(true);
        link.setTarget("_blank");
        return link;
    }

    private Section transitions(SentRequest sent) {
        Grid<RequestTransition> grid = new Grid<>();
        grid.setId("request-transitions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(transition -> Formats.dateTime(transition.at())).setHeader(getTranslation("office.request.history.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(transition -> transition.by().orElse(getTranslation("office.request.history.owner")))
                .setHeader(getTranslation("office.request.history.by"));
        grid.addColumn(transition -> RequestTexts.status(transition.from())).setHeader(getTranslation("office.request.history.from"));
        grid.addColumn(transition -> RequestTexts.status(transition.to())).setHeader(getTranslation("office.request.history.to"));
        grid.addColumn(transition -> transition.message().orElse("")).setHeader(getTranslation("office.request.history.message"))
                .setFlexGrow(3);
        grid.setItems(decisions.transitions(user.actor(), sent.id()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("office.request.history.none"));
        return section("request-history", getTranslation("office.request.history"), grid);
    }

    private static Section section(String id, String heading, Component... content) {
        Section section = new Section(new H2(heading));
        section.setId(id);
        section.addClassName("card");
        section.add(content);
        return section;
    }

    private HorizontalLayout actions() {
        Button accept = new Button(getTranslation("office.request.accept"), click -> askConfirmation(
                "office.request.accept", "confirm-accept", ButtonVariant.LUMO_PRIMARY, null, null,
                text -> decisions.accept(user.actor(), request.id())));
        accept.setId("accept-request");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button correction = new Button(getTranslation("office.request.correction"), click -> askConfirmation(
                "office.request.correction", "confirm-correction", ButtonVariant.LUMO_PRIMARY, "message",
                "correction-message", text -> decisions.askCorrection(user.actor(), request.id(), text)));
        correction.setId("ask-correction");
        Button refuse = new Button(getTranslation("office.request.refuse"), click -> askConfirmation(
                "office.request.refuse", "confirm-refusal-request", ButtonVariant.LUMO_ERROR, "reason",
                "refusal-reason-request", text -> decisions.refuse(user.actor(), request.id(), text)));
        refuse.setId("refuse-request");
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(accept, correction, refuse);
        actions.setId("request-actions");
        actions.getElement().setAttribute("role", "group");
        actions.getElement().setAttribute("aria-label", getTranslation("office.request.actions"));
        return actions;
    }

    /**
     * A decision is final (it mails the owner): a modal dialog first, as the registrations', titled
     * with the request, which takes the focus itself (a stray Enter decides nothing); Escape and
     * Annuler close it. Its texts are under {@code key} (.title, .text, .label, .confirm, .done).
     *
     * @param field the service's name of the text the decision takes ("message", "reason"); null for none
     */
    private void askConfirmation(String key, String confirmId, ButtonVariant variant, String field, String fieldId,
                                 Consumer<String> decision) {
        Dialog dialog = new Dialog(getTranslation(key + ".title", request.reference().toString()));
        dialog.setId("decision-dialog");
        dialog.setWidth("36rem");
        dialog.add(new Paragraph(getTranslation(key + ".text")));
        FieldErrors errors = new FieldErrors();
        TextArea text = new TextArea();
        if (field != null) {
            text.setLabel(getTranslation(key + ".label"));
            text.setId(fieldId);
            text.setRequiredIndicatorVisible(true);
            text.setMaxLength(RequestDecisions.MESSAGE_MAX_LENGTH);
            text.setWidthFull();
            text.setMinHeight("8rem");
            dialog.add(errors.register(field, text));
        }
        Button confirm = new Button(getTranslation(key + ".confirm"));
        confirm.setId(confirmId);
        confirm.addThemeVariants(variant);
        confirm.addClickListener(click -> decide(dialog, confirm, errors, () -> decision.accept(text.getValue()),
                key + ".done"));
        open(dialog, confirm);
    }

    private void open(Dialog dialog, Button confirm) {
        Button cancel = new Button(getTranslation("app.cancel"), click -> dialog.close());
        cancel.setId("cancel-decision");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    /**
     * Takes the decision. A message the service refuses (missing, too long) is shown at its field and
     * the dialog stays open with the text; when a colleague decided first, the dialog stays open too
     * (the text typed is not lost), says so, and the page shows the request as it now stands.
     */
    private void decide(Dialog dialog, Button confirm, FieldErrors errors, Runnable decision, String doneKey) {
        try {
            decision.run();
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
            return;
        } catch (TransitionRefusedException | UnknownRequestException decidedMeanwhile) {
            Paragraph conflict = new Paragraph(getTranslation("office.request.already-decided"));
            conflict.setId("decision-conflict");
            conflict.addClassName("error-text");
            conflict.getElement().setAttribute("role", "alert");
            dialog.addComponentAsFirst(conflict);
            confirm.setEnabled(false);
            reload();
            return;
        }
        dialog.close();
        Notification.show(getTranslation(doneKey, request.reference().toString()));
        reload();
    }

    @Override
    public String getPageTitle() {
        return request == null ? getTranslation("office.queue.title")
                : getTranslation("office.request.title", request.reference().toString());
    }
}
