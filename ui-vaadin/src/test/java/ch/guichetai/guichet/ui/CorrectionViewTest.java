package ch.guichetai.guichet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.account.Account;
import ch.guichetai.catalogue.AssistiveDeviceCatalog;
import ch.guichetai.identity.Actor;
import ch.guichetai.money.Money;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Formats;
import ch.guichetai.primitives.Iban;
import ch.guichetai.request.AssistanceContribution;
import ch.guichetai.request.NewRequest;
import ch.guichetai.request.RequestDecisions;
import ch.guichetai.request.RequestHeader;
import ch.guichetai.request.RequestStatus;
import ch.guichetai.request.SharedNights;
import ch.guichetai.request.TicketType;
import ch.guichetai.request.TravelAndMeals;
import ch.guichetai.request.Trip;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.testdata.TestCompanies;
import ch.guichetai.testdata.TestHelplessnessAllowance;
import ch.guichetai.ui.InCanton;
import ch.guichetai.ui.NotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The correction page and the request's detail (ADR 0037): the form reopens with every value as
 * sent (318.632.1 with a companion and ticked days, 318.536 with its rows) and the office's message
 * on top; "Modifier ma demande" checks again (errors at the fields, nothing typed lost) and sends it
 * back in progress; the detail shows the status, the message and the way to the correction; a
 * stranger by URL finds neither page.
 */
@InCanton("ge")
class CorrectionViewTest extends PierreLoggedIn {

    private static final Actor GE_AGENT = TestActors.officeAgent("ge");
    private static final String MESSAGE = "Le billet aller-retour coûtait CHF 120.00 : corrigez le montant.";

    @Autowired
    RequestDecisions decisions;
    @Autowired
    AssistiveDeviceCatalog devices;
    @TestBean(methodName = "ch.guichetai.guichet.ui.RequestDocumentDownloadTest#clock")
    Clock clock;

    @Test
    void theTravelFormReopensAsSentWithTheOfficesMessageOnTop() {
        long id = sentTravelToComplete();

        UI.getCurrent().navigate(correction(id));

        Div message = find(Div.class).id("office-message");
        assertThat(message.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(message.getElement().getTextRecursively()).contains("Message", MESSAGE);
        assertThat(find(Paragraph.class).id("correction-reference").getText()).contains("GE-2026-000001");
        assertThat(decisionNumber().getValue()).isEqualTo(RequestViewTest.DECISION);
        assertThat(find(TextArea.class).id("remarks").getValue()).isEqualTo("Billet acheté au guichet");
        assertThat(find(DatePicker.class).id("trip-0-start").getValue()).isEqualTo(LocalDate.of(2022, 6, 6));
        assertThat(find(DatePicker.class).id("trip-0-end").getValue()).isEqualTo(LocalDate.of(2022, 6, 10));
        assertThat(textField("trip-0-purpose").getValue()).isEqualTo("Hôpital");
        assertThat(textField("trip-0-from").getValue()).isEqualTo("Genève");
        assertThat(textField("trip-0-to").getValue()).isEqualTo("Berne");
        @SuppressWarnings("unchecked")
        Select<TicketType> ticket = find(Select.class).id("trip-0-ticketType");
        assertThat(ticket.getValue()).isEqualTo(TicketType.RETURN);
        assertThat(textField("trip-0-ticketAmount").getValue()).isEqualTo("102.00");
        assertThat(find(TripEntry.class).all()).as("the trip and its companion").hasSize(2);
        assertThat(textField("trip-1-ticketAmount").getValue()).isEqualTo("51.00");
        assertThat(find(DatePicker.class).id("meals-from").getValue()).isEqualTo(LocalDate.of(2022, 6, 6));
        assertThat(find(DatePicker.class).id("meals-to").getValue()).isEqualTo(LocalDate.of(2022, 6, 10));
        for (int day = 6; day <= 10; day++) {
            assertThat(find(Checkbox.class).id("day-five_to_eight_hours-2022-06-" + String.format("%02d", day)).getValue())
                    .isTrue();
        }
        assertThat(find(Checkbox.class).id("day-over_eight_hours-2022-06-09").getValue()).isFalse();
        assertThat(find(Paragraph.class).id("total-trips").getText()).isEqualTo("Total frais de voyage : CHF 153.00");
        assertThat(find(Button.class).id("send-correction").getText()).isEqualTo("Modifier ma demande");
        assertThat(find(Button.class).all()).noneMatch(button -> "send-request".equals(button.getId().orElse("")));
        assertThat(jdbc.queryForObject("select count(*) from request_draft", Long.class)).as("a correction is no draft").isZero();
    }

    @Test
    void modifierMaDemandeChecksAgainThenSendsItBackInProgress() {
        long id = sentTravelToComplete();
        UI.getCurrent().navigate(correction(id));

        textField("trip-0-purpose").setValue("");
        textField("trip-0-ticketAmount").setValue("120.00");
        sendCorrection();

        assertThat(textField("trip-0-purpose").getErrorMessage()).isEqualTo("Le champ But du voyage / Type de mesure est obligatoire.");
        assertThat(textField("trip-0-ticketAmount").getValue()).as("nothing typed is lost").isEqualTo("120.00");
        assertThat(status(id)).isEqualTo(RequestStatus.TO_COMPLETE);

        textField("trip-0-purpose").setValue("Hôpital");
        sendCorrection();

        assertThat(getCurrentView()).isInstanceOf(RequestDetailView.class);
        assertThat(find(Paragraph.class).id("detail-status").getElement().getTextRecursively()).contains("En traitement");
        assertThat(status(id)).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(jdbc.queryForObject("select total from request where id = ?", BigDecimal.class, id))
                .isEqualByComparingTo("228.50");
        assertThat(jdbc.queryForObject("select total from request_version where request_id = ?", BigDecimal.class, id))
                .isEqualByComparingTo("210.50");

        PreviousVersion previous = new PreviousVersion(id, requests.previousVersions(GE_AGENT, id).getFirst(), requests, devices);
        assertThat(previous.getSummaryText()).isEqualTo("Version 1 – envoi : 01.12.2026 10:00, remplacement : 01.12.2026 10:00");
        assertThat(previous.getElement().getTextRecursively()).contains("CHF 210.50", "Billet acheté au guichet",
                "Total frais de voyage : CHF 153.00", "Pierre Dupont");
        assertThat(previous.getElement().getTextRecursively()).doesNotContain("CHF 228.50");
        assertThat(previous.getElement().toString()).as("no id repeats on the office's page").doesNotContain("id=\"trip-0");
    }

    @Test
    void theAssistanceContributionReopensWithEveryRow() {
        RequestHeader header = new RequestHeader(Optional.empty(), Iban.of(TestBankAccounts.IBAN),
                DecisionNumber.of(RequestViewTest.DECISION), null, false, null);
        AssistanceContribution november = new AssistanceContribution(YearMonth.of(2026, 11), new BigDecimal("120.5"),
                new BigDecimal("10"), 4, Money.chf("160.00"),
                List.of(new SharedNights(2, 3, Money.chf("90.00")), new SharedNights(3, 2, Money.chf("50.00"))),
                Money.chf("300.00"), null, Money.chf("1000.00"), Money.chf("4000.00"));
        long id = requests.send(actor(), new NewRequest(UUID.randomUUID(), header, november, List.of())).id();
        decisions.askCorrection(GE_AGENT, id, MESSAGE);

        UI.getCurrent().navigate(correction(id));

        @SuppressWarnings("unchecked")
        ComboBox<YearMonth> month = find(ComboBox.class).id("month");
        assertThat(month.getValue()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(textField("standardHours").getValue()).isEqualTo("120.5");
        assertThat(textField("specialHours").getValue()).isEqualTo("10");
        assertThat(find(IntegerField.class).id("nightFlats").getValue()).isEqualTo(4);
        assertThat(textField("nightRate").getValue()).isEqualTo("160.00");
        assertThat(find(IntegerField.class).id("sharedNights-0-insured").getValue()).isEqualTo(2);
        assertThat(find(IntegerField.class).id("sharedNights-0-nights").getValue()).isEqualTo(3);
        assertThat(textField("sharedNights-0-reducedRate").getValue()).isEqualTo("90.00");
        assertThat(find(IntegerField.class).id("sharedNights-1-insured").getValue()).isEqualTo(3);
        assertThat(textField("sharedNights-1-reducedRate").getValue()).isEqualTo("50.00");
        assertThat(textField("salaryIllness").getValue()).isEqualTo("300.00");
        assertThat(textField("salaryDefault").getValue()).isEmpty();
        assertThat(textField("advance").getValue()).isEqualTo("1000.00");
        assertThat(textField("monthlyContribution").getValue()).isEqualTo("4000.00");
        assertThat(find(Paragraph.class).id("assistance-total").getText())
                .isEqualTo("Total : " + Formats.chf(requests.byId(actor(), id).orElseThrow().total()));

        textField("specialHours").setValue("12");
        sendCorrection();
        assertThat(status(id)).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(requests.byId(actor(), id).orElseThrow().content()).isEqualTo(new AssistanceContribution(
                november.month(), november.standardHours(), new BigDecimal("12"), 4, november.nightRate(),
                november.sharedNights(), november.salaryIllness(), null, november.advance(), november.monthlyContribution()));
    }

    @Test
    void theHelplessnessAllowanceReopensWithItsAttestationAmongTheSentFiles() {
        RequestHeader header = new RequestHeader(Optional.empty(), Iban.of(TestBankAccounts.IBAN),
                DecisionNumber.of(RequestViewTest.DECISION), null, false, null);
        long id = requests.send(actor(), new NewRequest(UUID.randomUUID(), header, TestHelplessnessAllowance.february2026(),
                List.of(TestBeneficiaries.procuration(TestHelplessnessAllowance.ATTESTATION, TestBeneficiaries.PDF)))).id();
        decisions.askCorrection(GE_AGENT, id, MESSAGE);

        UI.getCurrent().navigate(correction(id));

        assertThat(find(DatePicker.class).id("entry-1-start").getValue()).isEqualTo(LocalDate.of(2026, 2, 3));
        @SuppressWarnings("unchecked")
        Select<String> attestation = find(Select.class).id("entry-1-attestation");
        assertThat(attestation.getValue()).isEqualTo(TestHelplessnessAllowance.ATTESTATION);
        sendCorrection();
        assertThat(status(id)).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(requests.byId(actor(), id).orElseThrow().content()).isEqualTo(TestHelplessnessAllowance.february2026());
    }

    @Test
    void theDetailShowsTheStatusTheMessageAndTheWayToTheCorrection() {
        long id = sentTravelToComplete();

        UI.getCurrent().navigate("guichet/demandes/" + id);

        Div detail = find(Div.class).id("request-detail");
        assertThat(detail.getElement().getTextRecursively()).contains("Facture pour frais de voyage et nourriture",
                "GE-2026-000001", "A compléter", "Date d’envoi : 01.12.2026", MESSAGE, "En traitement → A compléter",
                "Pierre Dupont", "CHF 210.50", "Billet acheté au guichet", "Historique de la demande")
                .doesNotContain(GE_AGENT.email());
        assertThat(textField("trip-0-purpose").getValue()).as("every field, as sent").isEqualTo("Hôpital");
        assertThat(textField("trip-0-purpose").isReadOnly()).isTrue();
        assertThat(find(Section.class).id("detail-office-message").getElement().getTextRecursively()).contains(MESSAGE);

        test(find(Button.class).id("edit-request")).click();
        assertThat(getCurrentView()).isInstanceOf(CorrectionView.class);
        assertThat(find(Div.class).id("office-message").getElement().getTextRecursively()).contains(MESSAGE);
    }

    @Test
    void aRequestInProgressHasNoCorrectionPage() {
        long id = sentTravel();

        UI.getCurrent().navigate("guichet/demandes/" + id);
        assertThat(getCurrentView()).isInstanceOf(RequestDetailView.class);
        assertThat(find(Button.class).all()).noneMatch(button -> "edit-request".equals(button.getId().orElse("")));

        UI.getCurrent().navigate(correction(id));
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void aStrangerByUrlFindsNeitherPage() {
        Account paul = accounts.create(TestAccounts.beneficiary("Paul", "Martin"), TestBankAccounts.draft("Paul Martin"));
        accounts.markEmailVerified(paul.id());
        long id = sentToCompleteBy(TestActors.actor(paul));

        UI.getCurrent().navigate("guichet/demandes/" + id);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate(correction(id));
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("guichet/demandes/" + (id + 1000));
        assertThat(getCurrentView()).as("a missing one is the same").isInstanceOf(NotFoundView.class);
    }

    @Test
    void aCollaboratorOfAnotherCompanyByUrlFindsNeitherPage() {
        long id = sentToCompleteBy(actor());
        long company = TestCompanies.approved(jdbc, "ge");
        Account colette = accounts.create(TestAccounts.member(company, Account.CompanyRole.COLLABORATOR, "Colette", "Autre"),
                null);
        logIn(colette, "ge", "ROLE_COMPANY_COLLABORATOR");

        UI.getCurrent().navigate("guichet/demandes/" + id);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate(correction(id));
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void anotherMemberOfTheCompanyCorrectsItsRequestWithTheBeneficiaryChosenAsSent() {
        long company = TestCompanies.approved(jdbc, "ge");
        Account manager = accounts.create(TestAccounts.member(company, Account.CompanyRole.MANAGER, "Gérard", "Léman"),
                TestBankAccounts.draft("Léman SA"));
        accounts.markEmailVerified(manager.id());
        Account collaborator = accounts.create(TestAccounts.member(company, Account.CompanyRole.COLLABORATOR, "Colette",
                "Léman"), null);
        accounts.markEmailVerified(collaborator.id());
        long beneficiary = beneficiaries.create(TestActors.actor(manager), TestBeneficiaries.form("Favre", "Luc", 3)).id();
        long id = sentToCompleteBy(TestActors.actor(manager), Optional.of(beneficiary));
        logIn(collaborator, "ge", "ROLE_COMPANY_COLLABORATOR");

        UI.getCurrent().navigate(correction(id));

        @SuppressWarnings("unchecked")
        ComboBox<ch.guichetai.request.RequestBeneficiary> chosen = find(ComboBox.class).id("beneficiary");
        assertThat(chosen.getValue().id()).contains(beneficiary);
        @SuppressWarnings("unchecked")
        ComboBox<ch.guichetai.request.IbanChoice> iban = find(ComboBox.class).id("iban");
        assertThat(iban.getValue().iban()).isEqualTo(Iban.of(TestBankAccounts.IBAN));
        sendCorrection();
        assertThat(status(id)).isEqualTo(RequestStatus.IN_PROGRESS);
    }

    private long sentToCompleteBy(Actor owner) {
        return sentToCompleteBy(owner, Optional.empty());
    }

    /** A trip Genève → Berne sent by {@code owner} through the service, then to complete. */
    private long sentToCompleteBy(Actor owner, Optional<Long> beneficiary) {
        RequestHeader header = new RequestHeader(beneficiary, Iban.of(TestBankAccounts.IBAN),
                DecisionNumber.of(RequestViewTest.DECISION), null, false, null);
        Trip trip = new Trip(LocalDate.of(2022, 6, 6), LocalDate.of(2022, 6, 6), "Hôpital", "Genève", "Berne",
                TicketType.RETURN, Money.chf("102.00"), null, false);
        long id = requests.send(owner, new NewRequest(UUID.randomUUID(), header,
                new TravelAndMeals(List.of(trip), Optional.empty()), List.of())).id();
        decisions.askCorrection(GE_AGENT, id, MESSAGE);
        return id;
    }

    /** Seed 004 with a companion and remarks, sent from the page: CHF 210.50. */
    private long sentTravel() {
        UI.getCurrent().navigate(RequestViewTest.TRAVEL);
        fillSeed004();
        find(TextArea.class).id("remarks").setValue("Billet acheté au guichet");
        test(find(Button.class).id("trip-0-add-companion")).click();
        textField("trip-1-ticketAmount").setValue("51.00");
        test(find(Button.class).id("send-request")).click();
        test(find(Button.class).id("confirm-send")).click();
        return jdbc.queryForObject("select id from request", Long.class);
    }

    private long sentTravelToComplete() {
        long id = sentTravel();
        decisions.askCorrection(GE_AGENT, id, MESSAGE);
        return id;
    }

    private void sendCorrection() {
        test(find(Button.class).id("send-correction")).click();
        test(find(Button.class).id("confirm-send")).click();
    }

    private RequestStatus status(long id) {
        return RequestStatus.valueOf(jdbc.queryForObject("select status from request where id = ?", String.class, id));
    }

    private Actor actor() {
        return TestActors.actor(pierre);
    }

    private static String correction(long id) {
        return "guichet/demandes/" + id + "/correction";
    }
}
