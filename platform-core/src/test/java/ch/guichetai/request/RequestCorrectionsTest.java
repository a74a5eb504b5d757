package ch.guichetai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.NewAccount;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.document.ReceivedDocument;
import ch.guichetai.document.StoredDocument;
import ch.guichetai.identity.Actor;
import ch.guichetai.money.Money;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Iban;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.testdata.TestCompanies;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.validation.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The owner's correction of a request the office asked to complete (ADR 0037), on the real
 * database: the corrected content, total and documents are stored and the previous version kept
 * with its documents; only the owner corrects, only a request to complete; the checks of sending
 * apply again; a correction sent twice is made once.
 */
@SpringBootTest
class RequestCorrectionsTest {

    private static final CantonCode GE = new CantonCode("ge");
    private static final Actor GE_AGENT = TestActors.officeAgent("ge");
    private static final String GE_DECISION = "325 2025 1000896";
    private static final String MESSAGE = "Le billet coûtait CHF 120.00 : corrigez le montant et joignez-le.";

    @Autowired
    Requests requests;
    @Autowired
    RequestDecisions decisions;
    @Autowired
    Accounts accounts;
    @Autowired
    Beneficiaries beneficiaries;
    @Autowired
    JdbcTemplate jdbc;
    @TestBean
    Clock clock;

    static Clock clock() {
        return RequestsTest.clock();
    }

    private Actor alice;
    private Actor bob;
    private Actor manager;
    private Actor collaborator;
    private Actor otherCollaborator;
    private SentRequest sent;

    @BeforeEach
    void aliceSentSeed004AndTheOfficeAskedACorrection() {
        TestDatabase.reset(jdbc);
        alice = verified(TestAccounts.beneficiary("Alice", "Martin"), TestBankAccounts.IBAN);
        bob = verified(TestAccounts.beneficiary("Bob", "Favre"), TestBankAccounts.IBAN);
        long company = TestCompanies.approved(jdbc, "ge");
        manager = verified(TestAccounts.member(company, Account.CompanyRole.MANAGER, "Gérard", "Léman"), TestBankAccounts.IBAN);
        collaborator = verified(TestAccounts.member(company, Account.CompanyRole.COLLABORATOR, "Colette", "Léman"), null);
        long other = TestCompanies.approved(jdbc, "ge");
        otherCollaborator = verified(TestAccounts.member(other, Account.CompanyRole.COLLABORATOR, "Oscar", "Autre"), null);
        sent = as(() -> requests.send(alice, new NewRequest(UUID.randomUUID(), header("Première version"),
                PricingTest.seed004(), List.of(pdf("facture.pdf"), pdf("billets.pdf")))));
        TenantContext.runAs(GE, () -> decisions.askCorrection(GE_AGENT, sent.id(), MESSAGE));
    }

    @Test
    void theOwnerCorrectsTheContentTheTotalAndTheDocumentsAndThePreviousVersionIsKept() {
        SentRequest corrected = as(() -> requests.correct(alice, sent.id(), correction(UUID.randomUUID())));

        assertThat(corrected.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(corrected.content()).isEqualTo(correctedContent());
        assertThat(corrected.total()).as("priced again on the server").isEqualTo(Money.chf("177.50"));
        assertThat(jdbc.queryForObject("select total from request where id = ?", BigDecimal.class, sent.id()))
                .isEqualByComparingTo("177.50");
        assertThat(corrected.remarks()).contains("Billet joint");
        assertThat(corrected.documents()).extracting(StoredDocument::fileName)
                .containsExactly("facture.pdf", "billets.pdf", "billet-corrige.pdf");
        assertThat(corrected.reference()).isEqualTo(sent.reference());
        assertThat(corrected.sentAt()).isEqualTo(sent.sentAt());
        assertThat(corrected.responsibleName()).isEqualTo("Alice Martin");

        List<RequestVersion> versions = as(() -> requests.previousVersions(GE_AGENT, sent.id()));
        assertThat(versions).hasSize(1);
        RequestVersion first = versions.getFirst();
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.content()).isEqualTo(PricingTest.seed004());
        assertThat(first.total()).isEqualTo(Money.chf("159.50"));
        assertThat(first.priced().total()).isEqualTo(Money.chf("159.50"));
        assertThat(first.remarks()).contains("Première version");
        assertThat(first.sentAt()).isEqualTo(sent.sentAt());
        assertThat(first.replacedAt()).isEqualTo(clock().instant());
        assertThat(first.decisionNumber().grouped()).isEqualTo(GE_DECISION);
        assertThat(first.documents()).extracting(StoredDocument::fileName).containsExactly("facture.pdf", "billets.pdf");
        assertThat(as(() -> requests.previousVersions(alice, sent.id()))).as("the owner reads them too").isEqualTo(versions);

        assertThat(as(() -> decisions.transitions(alice, sent.id()))).extracting(RequestTransition::from, RequestTransition::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RequestStatus.IN_PROGRESS, RequestStatus.TO_COMPLETE),
                        org.assertj.core.groups.Tuple.tuple(RequestStatus.TO_COMPLETE, RequestStatus.IN_PROGRESS));
    }

    @Test
    void aSecondCorrectionKeepsBothEarlierVersions() {
        as(() -> requests.correct(alice, sent.id(), correction(UUID.randomUUID())));
        TenantContext.runAs(GE, () -> decisions.askCorrection(GE_AGENT, sent.id(), "Encore"));
        RequestHeader third = header("Troisième version");
        as(() -> requests.correct(alice, sent.id(), new NewRequest(UUID.randomUUID(), third, PricingTest.seed004(), List.of())));

        List<RequestVersion> versions = as(() -> requests.previousVersions(GE_AGENT, sent.id()));
        assertThat(versions).extracting(RequestVersion::number).containsExactly(1, 2);
        assertThat(versions.get(1).content()).isEqualTo(correctedContent());
        assertThat(versions.get(1).sentAt()).as("sent when the first was replaced").isEqualTo(versions.get(0).replacedAt());
        assertThat(versions.get(1).documents()).hasSize(3);
        assertThat(as(() -> requests.byId(alice, sent.id())).orElseThrow().remarks()).contains("Troisième version");
    }

    @Test
    void anyMemberOfTheOwningCompanyCorrects() {
        long beneficiary = as(() -> beneficiaries.create(manager, TestBeneficiaries.form("Dupont", "Pierre", 1))).id();
        SentRequest companys = as(() -> requests.send(manager, new NewRequest(UUID.randomUUID(), companyHeader(beneficiary),
                PricingTest.seed004(), List.of(pdf("facture.pdf")))));
        TenantContext.runAs(GE, () -> decisions.askCorrection(GE_AGENT, companys.id(), MESSAGE));

        assertThatThrownBy(() -> as(() -> requests.correct(otherCollaborator, companys.id(),
                new NewRequest(UUID.randomUUID(), companyHeader(beneficiary), correctedContent(), List.of()))))
                .isInstanceOf(UnknownRequestException.class);
        SentRequest corrected = as(() -> requests.correct(collaborator, companys.id(),
                new NewRequest(UUID.randomUUID(), companyHeader(beneficiary), correctedContent(), List.of())));

        assertThat(corrected.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(corrected.total()).isEqualTo(Money.chf("177.50"));
        assertThat(corrected.responsibleName()).as("the member who sent it stays").isEqualTo("Gérard Léman");
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = "TO_COMPLETE", mode = EnumSource.Mode.EXCLUDE)
    void onlyARequestToCompleteIsCorrected(RequestStatus status) {
        jdbc.update("update request set status = ? where id = ?", status.name(), sent.id());

        assertThatThrownBy(() -> as(() -> requests.correct(alice, sent.id(), correction(UUID.randomUUID()))))
                .isInstanceOf(TransitionRefusedException.class);
        assertNothingChanged(status);
    }

    @Test
    void aStrangerFindsNoRequestToCorrect() {
        Actor berneseAgent = TestActors.officeAgent("be");
        for (Actor stranger : List.of(berneseAgent, GE_AGENT, bob, otherCollaborator, manager)) {
            assertThatThrownBy(() -> as(() -> requests.correct(stranger, sent.id(), correction(UUID.randomUUID()))))
                    .as(stranger.subject()).isInstanceOf(UnknownRequestException.class);
        }
        assertThatThrownBy(() -> TenantContext.callAs(new CantonCode("be"),
                () -> requests.correct(berneseAgent, sent.id(), correction(UUID.randomUUID()))))
                .isInstanceOf(UnknownRequestException.class);
        for (Actor stranger : List.of(berneseAgent, bob, otherCollaborator)) {
            assertThatThrownBy(() -> as(() -> requests.previousVersions(stranger, sent.id())))
                    .as(stranger.subject()).isInstanceOf(UnknownRequestException.class);
        }
        assertNothingChanged(RequestStatus.TO_COMPLETE);
    }

    @Test
    void theChecksOfSendingApplyAgain() {
        Trip future = new Trip(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2), "Stage", "Sion", "Sierre",
                TicketType.SINGLE, Money.chf("10.00"), null, false);
        RequestHeader otherOffice = new RequestHeader(Optional.empty(), Iban.of(TestBankAccounts.OTHER_IBAN),
                DecisionNumber.of("302 2025 1000001"), null, false, null);

        Map<String, String> problems = problems(new NewRequest(UUID.randomUUID(), otherOffice,
                new TravelAndMeals(List.of(future), Optional.empty()), List.of()));

        assertThat(problems).containsEntry("iban", "invalid.request.iban-not-offered")
                .containsEntry("decisionNumber", "invalid.decision-number.other-office")
                .containsEntry("trips[0].start", "invalid.date.future");
        assertThatThrownBy(() -> as(() -> requests.correct(alice, sent.id(), new NewRequest(UUID.randomUUID(), header(null),
                new GenericInvoice(LocalDate.of(2026, 1, 5), null, "Garage", null, null, Money.chf("80.00"), null),
                List.of())))).as("the same form only").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> as(() -> requests.correct(alice, sent.id(), new NewRequest(UUID.randomUUID(), header(null),
                PricingTest.seed004(), java.util.Collections.nCopies(NewRequest.MAX_DOCUMENTS - 1, pdf("x.pdf"))))))
                .as("the documents already sent count").isInstanceOf(InvalidInputException.class);
        assertNothingChanged(RequestStatus.TO_COMPLETE);
    }

    @Test
    void aCorrectionSentTwiceIsMadeOnce() throws Exception {
        UUID key = UUID.randomUUID();
        as(() -> requests.correct(alice, sent.id(), correction(key)));
        SentRequest again = as(() -> requests.correct(alice, sent.id(), correction(key)));

        assertThat(again.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(again.documents()).hasSize(3);
        assertThat(versionRows()).isEqualTo(1);
        assertThat(transitionRows(RequestStatus.IN_PROGRESS)).isEqualTo(1);

        TenantContext.runAs(GE, () -> decisions.askCorrection(GE_AGENT, sent.id(), "Encore"));
        UUID atOnce = UUID.randomUUID();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<SentRequest>> both = threads.invokeAll(List.of(
                    () -> as(() -> requests.correct(alice, sent.id(), correction(atOnce))),
                    () -> as(() -> requests.correct(alice, sent.id(), correction(atOnce)))), 60, TimeUnit.SECONDS);
            for (Future<SentRequest> each : both) {
                assertThat(each.get().status()).isEqualTo(RequestStatus.IN_PROGRESS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(versionRows()).isEqualTo(2);
        assertThat(transitionRows(RequestStatus.IN_PROGRESS)).isEqualTo(2);
        assertThat(as(() -> requests.byId(alice, sent.id())).orElseThrow().documents()).hasSize(4);
    }

    private void assertNothingChanged(RequestStatus status) {
        SentRequest now = as(() -> requests.byId(alice, sent.id())).orElseThrow();
        assertThat(now.status()).isEqualTo(status);
        assertThat(now.content()).isEqualTo(PricingTest.seed004());
        assertThat(now.documents()).hasSize(2);
        assertThat(versionRows()).isZero();
        assertThat(transitionRows(RequestStatus.IN_PROGRESS)).isZero();
    }

    private Map<String, String> problems(NewRequest correction) {
        try {
            as(() -> requests.correct(alice, sent.id(), correction));
        } catch (InvalidInputException e) {
            return e.problems().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().messageKey()));
        }
        throw new AssertionError("the correction was made");
    }

    /** Seed 004 with the ticket at CHF 120.00 instead of 102.00. */
    private static TravelAndMeals correctedContent() {
        TravelAndMeals seed = PricingTest.seed004();
        Trip trip = seed.trips().getFirst();
        Trip corrected = new Trip(trip.start(), trip.end(), trip.purpose(), trip.from(), trip.to(), trip.ticketType(),
                Money.chf("120.00"), null, false);
        return new TravelAndMeals(List.of(corrected), seed.meals());
    }

    private static NewRequest correction(UUID key) {
        return new NewRequest(key, header("Billet joint"), correctedContent(), List.of(pdf("billet-corrige.pdf")));
    }

    private static RequestHeader header(String remarks) {
        return new RequestHeader(Optional.empty(), Iban.of(TestBankAccounts.IBAN), DecisionNumber.of(GE_DECISION), null, false,
                remarks);
    }

    private static RequestHeader companyHeader(long beneficiary) {
        return new RequestHeader(Optional.of(beneficiary), Iban.of(TestBankAccounts.IBAN), DecisionNumber.of(GE_DECISION), null,
                false, null);
    }

    private static ReceivedDocument pdf(String name) {
        return TestBeneficiaries.procuration(name, TestBeneficiaries.PDF);
    }

    private int versionRows() {
        return jdbc.queryForObject("select count(*) from request_version", Integer.class);
    }

    private int transitionRows(RequestStatus to) {
        return jdbc.queryForObject("select count(*) from request_transition where to_status = ?", Integer.class, to.name());
    }

    private Actor verified(NewAccount account, String iban) {
        return TestActors.actor(as(() -> accounts.create(account.withEmailVerified(),
                iban == null ? null : TestBankAccounts.draft(iban, "Titulaire"))));
    }

    private static <T> T as(Supplier<T> work) {
        return TenantContext.callAs(GE, work);
    }
}
