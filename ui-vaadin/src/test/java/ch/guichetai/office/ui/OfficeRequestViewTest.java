package ch.guichetai.office.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import ch.guichetai.account.Accounts;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.guichet.ui.PreviousVersion;
import ch.guichetai.identity.Actor;
import ch.guichetai.money.Money;
import ch.guichetai.primitives.Iban;
import ch.guichetai.request.RequestDecisions;
import ch.guichetai.request.RequestStatus;
import ch.guichetai.request.RequestTransition;
import ch.guichetai.request.Requests;
import ch.guichetai.request.SentRequest;
import ch.guichetai.request.TicketType;
import ch.guichetai.request.TravelAndMeals;
import ch.guichetai.request.Trip;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.ui.InCanton;
import ch.guichetai.testdata.OwnThread;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.testdata.TestLogins;
import ch.guichetai.testdata.TestRequestReaders;
import ch.guichetai.testdata.TestRequests;
import ch.guichetai.ui.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The office's page of one request, on the real services and database: every key field, the copy,
 * the documents and the procuration previewed, the transitions; each decision asked for
 * confirmation, then taken; a message or reason required at its field and kept; a colleague who
 * decided first said so; and nobody but the canton's office reaches the page, by URL.
 */
@SpringBootTest
@InCanton("ge")
class OfficeRequestViewTest extends SpringBrowserlessTest {

    private static final CantonCode GE = new CantonCode("ge");

    @Autowired
    Accounts accounts;
    @Autowired
    Beneficiaries beneficiaries;
    @Autowired
    Requests requests;
    @Autowired
    RequestDecisions decisions;
    @Autowired
    JdbcTemplate jdbc;
    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneId.of("Europe/Zurich"));
    }

    private TestRequestReaders readers;
    private SentRequest ofTheCompany;
    private SentRequest personal;

    @BeforeEach
    void aCompanysRequestForABeneficiaryWithAProcuration() throws Exception {
        TestDatabase.reset(jdbc);
        // on a thread of its own, free of this test's canton: the people of Geneva and Bern, Geneva's requests
        OwnThread.run(() -> readers = TestRequestReaders.create(accounts, jdbc));
        OwnThread.run(() -> TenantContext.callAs(GE, () -> {
            Actor manager = TestActors.actor(readers.manager());
            long beneficiary = OfficeTestRequests.pierreDupontWithProcuration(beneficiaries, manager);
            ofTheCompany = requests.send(manager, OfficeTestRequests.request(Optional.of(beneficiary),
                    TestRequests.seed004(), "Facture de juin"));
            personal = requests.send(TestActors.actor(readers.person()),
                    OfficeTestRequests.request(Optional.empty(), TestRequests.seed004(), null));
            return null;
        }));
        logIn(TestLogins.login(readers.officeGe(), "ge", "ROLE_OFFICE_AGENT"));
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void showsEveryKeyFieldTheCopyTheDocumentsAndTheProcuration() {
        open(ofTheCompany.id());

        String fields = find(Component.class).id("request-fields").getElement().getTextRecursively();
        assertThat(fields).contains(ofTheCompany.reference().toString(), "Frais de voyage et nourriture (318.632.1)",
                "En traitement", "Pierre Dupont", TestBeneficiaries.avs(1), "325 2025 1000896",
                Iban.of(TestBankAccounts.IBAN).formatted(), "06.06.2022 – 10.06.2022", "CHF 159.50", "Claire Rochat",
                "Facture de juin", "Envoyée le");
        assertThat(find(IFrame.class).id("request-copy").getSrc())
                .isEqualTo("/office/requests/" + ofTheCompany.id() + "/copy.pdf?lang=fr");
        Section documents = find(Section.class).id("request-documents");
        assertThat(find(IFrame.class, documents).all()).extracting(IFrame::getSrc).containsExactly(
                "/office/requests/" + ofTheCompany.id() + "/documents/" + ofTheCompany.documents().getFirst().id());
        Section procuration = find(Section.class).id("request-procuration");
        assertThat(find(IFrame.class, procuration).all()).extracting(IFrame::getSrc)
                .containsExactly("/office/requests/" + ofTheCompany.id() + "/procuration");
        assertThat(procuration.getElement().getTextRecursively()).contains("procuration.pdf");
    }

    @Test
    void aPersonsOwnRequestNeedsNoProcurationAndShowsTheTransitionsWithWhoDecided() {
        TenantContext.callAs(GE, () -> {
            decisions.askCorrection(TestActors.officeAgent("ge"), personal.id(), "Joignez le billet de retour.");
            return null;
        });

        open(personal.id());

        assertThat(find(Section.class).id("request-procuration").getElement().getTextRecursively())
                .contains("aucune procuration n’est nécessaire");
        Grid<RequestTransition> history = transitions();
        assertThat(test(history).size()).isEqualTo(1);
        assertThat(test(history).getCellText(0, 1)).isEqualTo(TestActors.officeAgent("ge").email());
        assertThat(test(history).getCellText(0, 2)).isEqualTo("En traitement");
        assertThat(test(history).getCellText(0, 3)).isEqualTo("A compléter");
        assertThat(test(history).getCellText(0, 4)).isEqualTo("Joignez le billet de retour.");
        assertThat(test(history).getCellText(0, 0)).startsWith("01.12.2026");
        assertThat(find(Button.class).all()).as("no decision on a request to complete")
                .noneMatch(button -> button.getId().orElse("").equals("accept-request"));
    }

    @Test
    void aCorrectedRequestShowsItsPreviousVersionWithTheOldAmount() {
        open(personal.id());
        assertThat(find(Section.class).withId("request-versions").all()).as("never corrected").isEmpty();

        Trip dearer = new Trip(LocalDate.of(2022, 6, 6), LocalDate.of(2022, 6, 10), "Hôpital", "Genève", "Berne",
                TicketType.RETURN, Money.chf("120.00"), null, false);
        TenantContext.callAs(GE, () -> {
            decisions.askCorrection(TestActors.officeAgent("ge"), personal.id(), "Le billet coûtait CHF 120.00.");
            requests.correct(TestActors.actor(readers.person()), personal.id(), OfficeTestRequests.request(Optional.empty(),
                    new TravelAndMeals(List.of(dearer), Optional.empty()), null));
            return null;
        });
        open(personal.id());

        assertThat(find(Div.class).id("request-status").getElement().getTextRecursively()).isEqualTo("En traitement");
        assertThat(find(Component.class).id("request-fields").getElement().getTextRecursively()).contains("CHF 120.00");
        Section versions = find(Section.class).id("request-versions");
        assertThat(versions.getElement().getTextRecursively()).startsWith("Versions précédentes");
        List<PreviousVersion> previous = find(PreviousVersion.class, versions).all();
        assertThat(previous).hasSize(1);
        assertThat(previous.getFirst().getSummaryText()).startsWith("Version 1 – envoi : 01.12.2026");
        assertThat(previous.getFirst().getElement().getTextRecursively()).contains("CHF 159.50")
                .doesNotContain("CHF 120.00");
    }

    @Test
    void aRequestLikeAnotherIsFlaggedWithALinkToIt() {
        open(ofTheCompany.id());
        assertThat(find(Div.class).withId("duplicate-warning").all()).isEmpty();

        SentRequest twin = TenantContext.callAs(GE, () -> requests.send(TestActors.actor(readers.collaborator()),
                OfficeTestRequests.request(ofTheCompany.beneficiary().id(), TestRequests.seed004(), null)));
        open(ofTheCompany.id());

        Div warning = find(Div.class).id("duplicate-warning");
        assertThat(warning.getElement().getTextRecursively()).startsWith("Cette demande ressemble à une autre demande");
        assertThat(find(RouterLink.class, warning).all()).extracting(RouterLink::getText, RouterLink::getHref)
                .containsExactly(tuple(twin.reference().toString(), "office/demandes/" + twin.id()));
    }

    @Test
    void acceptingAsksFirstAndCancelLeavesTheRequestInProgress() {
        open(ofTheCompany.id());
        test(find(Button.class).id("accept-request")).click();

        Dialog dialog = find(Dialog.class).id("decision-dialog");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Accepter la demande " + ofTheCompany.reference() + " ?");
        assertThat(status(ofTheCompany)).isEqualTo(RequestStatus.IN_PROGRESS);
        test(find(Button.class).id("cancel-decision")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(status(ofTheCompany)).isEqualTo(RequestStatus.IN_PROGRESS);
    }

    @Test
    void confirmingAcceptsAndThePageShowsTheNewStatus() {
        open(ofTheCompany.id());
        test(find(Button.class).id("accept-request")).click();
        test(find(Button.class).id("confirm-accept")).click();

        assertThat(status(ofTheCompany)).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(find(Div.class).id("request-status").getElement().getTextRecursively()).isEqualTo("Accepté");
        assertThat(find(Button.class).all()).noneMatch(button -> button.getId().orElse("").equals("accept-request"));
        assertThat(test(transitions()).getCellText(0, 3)).isEqualTo("Accepté");
    }

    @Test
    void aCorrectionNeedsAMessageAtItsFieldAndKeepsWhatWasTyped() {
        open(ofTheCompany.id());
        test(find(Button.class).id("ask-correction")).click();
        TextArea message = find(TextArea.class).id("correction-message");
        message.setValue("   ");
        test(find(Button.class).id("confirm-correction")).click();

        assertThat(message.isInvalid()).isTrue();
        assertThat(message.getErrorMessage()).isEqualTo("Le champ Message est obligatoire.");
        assertThat(find(Dialog.class).id("decision-dialog").isOpened()).isTrue();
        assertThat(status(ofTheCompany)).isEqualTo(RequestStatus.IN_PROGRESS);

        message.setValue("Le billet de retour manque.");
        test(find(Button.class).id("confirm-correction")).click();

        assertThat(status(ofTheCompany)).isEqualTo(RequestStatus.TO_COMPLETE);
        assertThat(find(Div.class).id("request-status").getElement().getTextRecursively()).isEqualTo("A compléter");
        assertThat(test(transitions()).getCellText(0, 4)).isEqualTo("Le billet de retour manque.");
    }

    @Test
    void aRefusalNeedsAReason() {
        open(ofTheCompany.id());
        test(find(Button.class).id("refuse-request")).click();
        test(find(Button.class).id("confirm-refusal-request")).click();

        TextArea reason = find(TextArea.class).id("refusal-reason-request");
        assertThat(reason.getErrorMessage()).isEqualTo("Le champ Motif du refus est obligatoire.");
        assertThat(status(ofTheCompany)).isEqualTo(RequestStatus.IN_PROGRESS);

        reason.setValue("Facture déjà remboursée.");
        test(find(Button.class).id("confirm-refusal-request")).click();

        assertThat(status(ofTheCompany)).isEqualTo(RequestStatus.REFUSED);
        assertThat(find(Div.class).id("request-status").getElement().getTextRecursively()).isEqualTo("Refusé");
        assertThat(test(transitions()).getCellText(0, 4)).isEqualTo("Facture déjà remboursée.");
    }

    @Test
    void whenAColleagueDecidedFirstTheAgentIsToldAndKeepsTheText() {
        open(ofTheCompany.id());
        test(find(Button.class).id("ask-correction")).click();
        TextArea message = find(TextArea.class).id("correction-message");
        message.setValue("Le billet de retour manque.");
        TenantContext.callAs(GE, () -> {
            decisions.accept(TestActors.officeAdmin("ge"), ofTheCompany.id());
            return null;
        });

        test(find(Button.class).id("confirm-correction")).click();

        assertThat(find(Paragraph.class).id("decision-conflict").getText())
                .startsWith("Un autre collaborateur a déjà traité cette demande");
        assertThat(find(Dialog.class).id("decision-dialog").isOpened()).isTrue();
        assertThat(message.getValue()).isEqualTo("Le billet de retour manque.");
        assertThat(find(Button.class).id("confirm-correction").isEnabled()).isFalse();
        assertThat(status(ofTheCompany)).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(find(Div.class).id("request-status").getElement().getTextRecursively()).isEqualTo("Accepté");
    }

    @Test
    void anUnknownIdIsNotFound() {
        UI.getCurrent().navigate("office/demandes/" + (ofTheCompany.id() + 1000));
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("office/demandes/abc");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @InCanton("be")
    void bernsOfficeDoesNotFindGenevasRequest() {
        logIn(TestLogins.login(readers.officeBe(), "be", "ROLE_OFFICE_AGENT"));

        UI.getCurrent().navigate("office/demandes/" + ofTheCompany.id());

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void usersReachNeitherTheQueueNorTheRequestPage() {
        List<Authentication> users = List.of(TestLogins.login(readers.person(), "ge", "ROLE_BENEFICIARY"),
                TestLogins.login(readers.manager(), "ge", "ROLE_COMPANY_MANAGER"),
                TestLogins.login(readers.collaborator(), "ge", "ROLE_COMPANY_COLLABORATOR"));
        for (Authentication login : users) {
            for (String route : List.of("office/demandes", "office/demandes/" + ofTheCompany.id(),
                    "office/demandes/" + personal.id())) {
                logIn(login);
                Throwable refused = catchThrowable(() -> UI.getCurrent().navigate(route));
                assertThat(getCurrentView()).as(route + " refused with " + refused).isInstanceOf(NotFoundView.class);
            }
        }
    }


    private void open(long id) {
        UI.getCurrent().navigate("office/demandes/" + id);
        assertThat(getCurrentView()).isInstanceOf(OfficeRequestView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<RequestTransition> transitions() {
        return find(Grid.class).id("request-transitions");
    }

    private RequestStatus status(SentRequest request) {
        return RequestStatus.valueOf(jdbc.queryForObject("select status from request where id = ?", String.class,
                request.id()));
    }

    private static void logIn(Authentication login) {
        SecurityContextHolder.getContext().setAuthentication(login);
    }

}
