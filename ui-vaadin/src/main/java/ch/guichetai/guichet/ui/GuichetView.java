package ch.guichetai.guichet.ui;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.canton.Canton;
import ch.guichetai.canton.Language;
import ch.guichetai.registration.Registrations;
import ch.guichetai.request.RequestDrafts;
import ch.guichetai.request.RequestFilter;
import ch.guichetai.request.RequestStatus;
import ch.guichetai.request.Requests;
import ch.guichetai.ui.CurrentCanton;
import ch.guichetai.ui.CurrentUser;
import ch.guichetai.ui.MainLayout;
import ch.guichetai.ui.UiLanguage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * The Guichet, the first page after login, laid out as the seeds show it (000 §4, 004): the welcome,
 * the drafts being filled ("Brouillons", when there are some) and the history "Mes demandes de
 * remboursement" on the left; on the right "Sélectionner une facture" (the forms the canton
 * enables) and "Mon compte". The requests the office asks to complete come first ("Demandes à
 * corriger"); the history has its filters. Until the e-mail address is confirmed
 * it says so and offers to send the link again ("Renvoyez-moi un nouvel email!"); requests cannot
 * be sent before.
 */
@Route(value = "guichet", layout = MainLayout.class)
@PermitAll
class GuichetView extends Div implements HasDynamicTitle {

    GuichetView(CurrentUser user, Accounts accounts, Registrations registrations, CurrentCanton currentCanton,
                Requests requests, RequestDrafts drafts) {
        Canton canton = currentCanton.get();
        Language language = UiLanguage.current();
        addClassNames("page", "guichet");
        Optional<Account> account = accounts.of(user.actor());
        account.filter(existing -> !registrations.emailVerified(existing))
                .ifPresent(unverified -> add(new VerificationBanner(registrations, unverified, null)));

        H1 welcome = new H1(getTranslation("guichet.welcome"));
        UnorderedList advantages = new UnorderedList(new ListItem(getTranslation("guichet.advantage.entry")),
                new ListItem(getTranslation("guichet.advantage.follow-up")),
                new ListItem(getTranslation("guichet.advantage.refund")));
        Section intro = new Section(welcome, new Paragraph(getTranslation("guichet.advantages")), advantages);
        intro.addClassName("card");

        Div left = new Div(intro);
        left.addClassName("guichet-main");
        if (account.isPresent()) { // office staff and a login whose account is not made yet have no requests
            left.add(new DraftList(drafts, user::actor));
            toCorrect(requests, user).ifPresent(left::add);
            left.add(history(requests, user));
        }

        Section forms = new Section(new H2(getTranslation("guichet.forms")), new InvoiceFormList(canton));
        forms.addClassNames("card", "guichet-forms");
        forms.setId("select-invoice");
        Button myAccount = new Button(getTranslation("account.title"), VaadinIcon.USER.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("mon-compte")));
        myAccount.setId("my-account");
        Div right = new Div(forms, myAccount);
        right.addClassName("guichet-side");

        Div columns = new Div(left, right);
        columns.addClassName("guichet-columns");
        add(columns);
        getElement().setAttribute("lang", language.code());
    }

    /** "Mes demandes de remboursement" with its filters above it. */
    private Section history(Requests requests, CurrentUser user) {
        HistoryFilters filters = new HistoryFilters(requests, user.actor());
        RequestHistory grid = new RequestHistory(requests, user::actor, filters::value, "request-history");
        filters.onChange(() -> grid.refresh(!filters.value().equals(RequestFilter.NONE)));
        Section history = new Section(new H2(getTranslation("guichet.requests")), filters, grid);
        history.addClassNames("card", "request-history");
        return history;
    }

    /**
     * "Demandes à corriger": the requests the office asks to complete, above the history, for a
     * company's members and for persons alike, when there are some (ADR 0035).
     */
    private Optional<Section> toCorrect(Requests requests, CurrentUser user) {
        RequestFilter toComplete = RequestFilter.NONE.withStatus(RequestStatus.TO_COMPLETE);
        if (requests.count(user.actor(), toComplete) == 0) {
            return Optional.empty();
        }
        Section section = new Section(new H2(getTranslation("guichet.history.to-correct")),
                new Paragraph(getTranslation("guichet.history.to-correct.text")),
                new RequestHistory(requests, user::actor, () -> toComplete, "requests-to-correct-grid"));
        section.setId("requests-to-correct");
        section.addClassNames("card", "requests-to-correct");
        return Optional.of(section);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("guichet.title");
    }
}
