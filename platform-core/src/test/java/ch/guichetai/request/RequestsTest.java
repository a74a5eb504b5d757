package ch.guichetai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.NewAccount;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.beneficiary.BeneficiaryDecision;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.document.DocumentOwner;
import ch.guichetai.document.ReceivedDocument;
import ch.guichetai.identity.Actor;
import ch.guichetai.money.Money;
import ch.guichetai.paging.Rows;
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
import ch.guichetai.validation.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.convention.TestBean;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Sending and reading requests on the real database, on a fixed day (1 December 2026): the server's
 * checks, the stored total and reference, one request per submission key even when sent twice at
 * once, and that only the owner and the office of the canton read a request.
 */
@SpringBootTest
class RequestsTest {

    private static final CantonCode GE = new CantonCode("ge");
    private static final CantonCode BE = new CantonCode("be");
    private static final String GE_DECISION = "325 2025 1000896";
    /** The company's beneficiary's account. */
    private static final String BENEFICIARY_IBAN = "CH56 0483 5012 3456 7800 9";
    private static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired
    Requests requests;
    @Autowired
    Accounts accounts;
    @Autowired
    Beneficiaries beneficiaries;
    @Autowired
    JdbcTemplate jdbc;
    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneId.of("Europe/Zurich"));
    }

    private Actor alice;
    private Actor bob;
    private Actor manager;
    private Actor collaborator;
    private Actor otherCompany;
    private Actor bernese;
    private long companyBeneficiary;

    @BeforeEach
    void peopleAndCompaniesOfGenevaAndBern() {
        TestDatabase.reset(jdbc);
        alice = verified(GE, TestAccounts.beneficiary("Alice", "Martin"), TestBankAccounts.IBAN);
        bob = verified(GE, TestAccounts.beneficiary("Bob", "Favre"), TestBankAccounts.IBAN);
        long company = TestCompanies.approved(jdbc, "ge");
        manager = verified(GE, TestAccounts.member(company, Account.CompanyRole.MANAGER, "Gérard", "Léman"),
                TestBankAccounts.IBAN);
        collaborator = verified(GE, TestAccounts.member(company, Account.CompanyRole.COLLABORATOR, "Colette", "Léman"), null);
        long other = TestCompanies.approved(jdbc, "ge");
        otherCompany = verified(GE, TestAccounts.member(other, Account.CompanyRole.MANAGER, "Oscar", "Autre"),
                TestBankAccounts.IBAN);
        bernese = verified(BE, TestAccounts.beneficiary("Berta", "Bern"), TestBankAccounts.IBAN);
        companyBeneficiary = as(GE, () -> beneficiaries.create(manager, withIban(TestBeneficiaries.form("Dupont", "Pierre", 1))))
                .id();
    }

    @Test
    void seed004IsSentPricedAndNumberedPerCantonAndYear() {
        SentRequest sent = as(GE, () -> requests.send(alice, seed004(Optional.empty())));

        assertThat(sent.reference()).hasToString("GE-2026-000001");
        assertThat(sent.total()).isEqualTo(Money.chf("159.50"));
        assertThat(sent.priced().mealsTotal()).isEqualTo(Money.chf("57.50"));
        assertThat(sent.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(sent.sentAt()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(sent.content()).isEqualTo(PricingTest.seed004());
        assertThat(sent.servicePeriod()).isEqualTo(new ServicePeriod(LocalDate.of(2022, 6, 6), LocalDate.of(2022, 6, 10)));
        assertThat(sent.beneficiary().isSelf()).isTrue();
        assertThat(sent.beneficiary().name()).isEqualTo("Alice Martin");
        assertThat(sent.responsibleName()).isEqualTo("Alice Martin");
        assertThat(sent.decisionNumber().grouped()).isEqualTo(GE_DECISION);
        assertThat(sent.remarks()).contains(SCRIPT);
        assertThat(sent.documents()).extracting(document -> document.fileName()).containsExactly("facture.pdf", "billets.pdf");
        assertThat(sent.owner()).isEqualTo(DocumentOwner.ofAccount(alice.accountId().orElseThrow()));
        assertThat(jdbc.queryForObject("select total from request where id = ?", BigDecimal.class, sent.id()))
                .isEqualByComparingTo("159.50");

        assertThat(as(GE, () -> requests.send(bob, seed004(Optional.empty()))).reference()).hasToString("GE-2026-000002");
        RequestHeader bern = new RequestHeader(Optional.empty(), Iban.of(TestBankAccounts.IBAN),
                DecisionNumber.of("302 2025 1000001"), null, false, null);
        assertThat(as(BE, () -> requests.send(bernese, new NewRequest(UUID.randomUUID(), bern, PricingTest.seed004(),
                List.of()))).reference()).hasToString("BE-2026-000001");
    }

    @Test
    void theServerChecksEveryField() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        Trip future = trip(today.plusDays(1), today.plusDays(1), TicketType.SINGLE, Money.chf("10.00"), null);
        Trip tooOld = trip(LocalDate.of(2021, 11, 30), LocalDate.of(2021, 12, 1), TicketType.SINGLE, Money.chf("10.00"), null);
        Trip backwards = trip(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1), TicketType.RETURN, Money.ZERO, null);
        Trip absurd = trip(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1), TicketType.RETURN, Money.chf("100000.01"), null);
        Trip noKilometre = trip(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29), TicketType.CAR, null, 0);
        Trip tooFar = trip(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29), TicketType.CAR, null, Trip.MAX_KILOMETRES + 1);
        Trip empty = new Trip(null, null, " ", null, null, null, null, null, false);
        LocalDate day = LocalDate.of(2024, 2, 29);
        Meals twice = new Meals(day, day.plusDays(1), List.of(day), List.of(day), List.of());
        RequestHeader header = new RequestHeader(Optional.empty(), Iban.of(TestBankAccounts.OTHER_IBAN),
                DecisionNumber.of("302 2025 1000001"), null, false, "x".repeat(RequestHeader.REMARKS_MAX_LENGTH + 1));
        List<ReceivedDocument> documents = Collections.nCopies(NewRequest.MAX_DOCUMENTS + 1, pdf("facture.pdf"));
        TravelAndMeals travel = new TravelAndMeals(List.of(future, tooOld, backwards, absurd, noKilometre, tooFar, empty),
                Optional.of(twice));

        Map<String, String> problems = problems(alice, new NewRequest(UUID.randomUUID(), header, travel, documents));

        assertThat(problems).containsEntry("iban", "invalid.request.iban-not-offered")
                .containsEntry("decisionNumber", "invalid.decision-number.other-office")
                .containsEntry("remarks", "invalid.too-long")
                .containsEntry("trips[0].start", "invalid.date.future")
                .containsEntry("trips[1].start", "invalid.date.too-old")
                .doesNotContainKey("trips[1].end")
                .containsEntry("trips[2].end", ServicePeriod.END_BEFORE_START)
                .containsEntry("trips[2].ticketAmount", "invalid.amount.not-positive")
                .containsEntry("trips[3].ticketAmount", "invalid.amount.too-large")
                .containsEntry("trips[4].kilometres", "invalid.trip.kilometres")
                .containsEntry("trips[5].kilometres", "invalid.trip.kilometres")
                .containsEntry("trips[6].start", Problem.required().messageKey())
                .containsEntry("trips[6].end", Problem.required().messageKey())
                .containsEntry("trips[6].purpose", Problem.required().messageKey())
                .containsEntry("trips[6].from", Problem.required().messageKey())
                .containsEntry("trips[6].ticketType", Problem.required().messageKey())
                .containsEntry("meals.days", "invalid.meals.two-categories")
                .containsEntry("documents", "invalid.request.too-many-documents");
        assertThat(count()).isZero();

        GenericInvoice invoice = new GenericInvoice(null, null, null, null, today.plusDays(1), null, null);
        RequestHeader forACompanysBeneficiary = new RequestHeader(Optional.of(companyBeneficiary), null, null, null, false, null);
        assertThat(problems(alice, new NewRequest(UUID.randomUUID(), forACompanysBeneficiary, invoice, List.of())))
                .containsEntry("beneficiary", "invalid.request.beneficiary")
                .containsEntry("iban", Problem.required().messageKey())
                .containsEntry("decisionNumber", Problem.required().messageKey())
                .containsEntry("servicePeriod.from", Problem.required().messageKey())
                .containsEntry("issuer", Problem.required().messageKey())
                .containsEntry("invoiceDate", "invalid.date.future")
                .containsEntry("amount", Problem.required().messageKey())
                .containsEntry("documents", Problem.required().messageKey());
        assertThat(problems(manager, new NewRequest(UUID.randomUUID(), header(Optional.empty()), PricingTest.seed004(),
                List.of()))).as("a company bills for one of its beneficiaries").containsEntry("beneficiary",
                Problem.required().messageKey());
        assertThat(problems(alice, new NewRequest(UUID.randomUUID(), header(Optional.empty()),
                new TravelAndMeals(List.of(), Optional.empty()), List.of()))).containsEntry("trips", Problem.required().messageKey());
    }

    @Test
    void aCompanyBillsForItsBeneficiaryAndSavesTheDecisionNumber() {
        RequestHeader header = new RequestHeader(Optional.of(companyBeneficiary), Iban.of(BENEFICIARY_IBAN),
                DecisionNumber.of("32520251000896"), "Frais de voyage", true, null);
        assertThat(as(GE, () -> requests.ibansFor(manager, Optional.of(companyBeneficiary)))).extracting(IbanChoice::iban)
                .containsExactly(Iban.of(TestBankAccounts.IBAN), Iban.of(BENEFICIARY_IBAN));

        SentRequest sent = as(GE, () -> requests.send(collaborator, new NewRequest(UUID.randomUUID(), header,
                PricingTest.seed004(), List.of())));

        assertThat(sent.beneficiary().name()).isEqualTo("Pierre Dupont");
        assertThat(sent.responsibleName()).isEqualTo("Colette Léman");
        assertThat(as(GE, () -> requests.decisionsFor(manager, Optional.of(companyBeneficiary))))
                .extracting(BeneficiaryDecision::number, BeneficiaryDecision::description)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GE_DECISION, Optional.of("Frais de voyage")));
        assertThat(as(GE, () -> requests.history(manager, new Rows(0, 50)))).extracting(RequestSummary::id)
                .as("every member sees the company's requests").containsExactly(sent.id());
        assertThat(as(GE, () -> beneficiaries.delete(manager, companyBeneficiary)))
                .as("a beneficiary with requests is kept").isEqualTo(Beneficiaries.Removal.ARCHIVED);
    }

    @Test
    void sendingTwiceWithTheSameKeyGivesOneRequest() {
        NewRequest request = seed004(Optional.empty());

        SentRequest first = as(GE, () -> requests.send(alice, request));
        SentRequest again = as(GE, () -> requests.send(alice, request));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.reference()).isEqualTo(first.reference());
        assertThat(count()).isOne();
    }

    @Test
    void twoSendsAtOnceWithTheSameKeyGiveOneRequest() throws Exception {
        NewRequest request = seed004(Optional.empty());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<SentRequest>> sends = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sends.add(threads.submit(() -> {
                    start.await();
                    return as(GE, () -> requests.send(alice, request));
                }));
            }
            start.countDown();
            long first = sends.get(0).get(60, TimeUnit.SECONDS).id();
            long second = sends.get(1).get(60, TimeUnit.SECONDS).id();

            assertThat(second).isEqualTo(first);
            assertThat(count()).isOne();
            assertThat(jdbc.queryForObject("select count(*) from document", Integer.class))
                    .as("the documents of the second send are rolled back with it").isEqualTo(2);
            assertThat(jdbc.queryForObject("select last_number from request_reference_counter", Long.class)).isOne();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void onlyTheOwnerAndTheOfficeOfTheCantonReadARequest() {
        SentRequest alices = as(GE, () -> requests.send(alice, seed004(Optional.empty())));
        SentRequest companys = as(GE, () -> requests.send(manager, new NewRequest(UUID.randomUUID(),
                header(Optional.of(companyBeneficiary)), PricingTest.seed004(), List.of(pdf("billet.pdf")))));
        long alicesDocument = alices.documents().getFirst().id();
        long companysDocument = companys.documents().getFirst().id();

        assertThat(as(GE, () -> requests.byId(alice, alices.id()))).isPresent();
        assertThat(as(GE, () -> requests.byId(collaborator, companys.id()))).as("a member of the company").isPresent();
        assertThat(as(GE, () -> requests.byId(TestActors.officeAgent("ge"), alices.id()))).isPresent();
        assertThat(as(GE, () -> requests.byId(bob, alices.id()))).as("another person").isEmpty();
        assertThat(as(GE, () -> requests.byId(alice, companys.id()))).as("a person, not of the company").isEmpty();
        assertThat(as(GE, () -> requests.byId(otherCompany, companys.id()))).as("another company").isEmpty();
        assertThat(as(GE, () -> requests.byId(TestActors.actorOfCanton(account(alice), "be"), alices.id())))
                .as("the owner logged in on another canton").isEmpty();
        assertThat(as(GE, () -> requests.byId(TestActors.officeAgent("be"), alices.id())))
                .as("office staff of another canton").isEmpty();
        assertThat(as(BE, () -> requests.byId(TestActors.officeAgent("be"), alices.id())))
                .as("another canton's request").isEmpty();

        assertThat(read(alice, alices.id(), alicesDocument)).isEqualTo(TestBeneficiaries.PDF);
        assertThat(read(TestActors.officeAdmin("ge"), companys.id(), companysDocument)).isEqualTo(TestBeneficiaries.PDF);
        assertThat(read(bob, alices.id(), alicesDocument)).isNull();
        assertThat(read(otherCompany, companys.id(), companysDocument)).isNull();
        assertThat(read(alice, alices.id(), companysDocument)).as("a document of another request").isNull();
        SentRequest alicesSecond = as(GE, () -> requests.send(alice, seed004(Optional.empty())));
        long secondDocument = alicesSecond.documents().getFirst().id();
        assertThat(read(alice, alicesSecond.id(), secondDocument)).isEqualTo(TestBeneficiaries.PDF);
        assertThat(read(alice, alices.id(), secondDocument)).as("a document of the same owner's other request").isNull();
        assertThat(read(alice, alicesSecond.id(), alicesDocument)).as("and the reverse").isNull();
        assertThat(read(TestActors.officeAgent("be"), alices.id(), alicesDocument)).isNull();
    }

    /** One request of each of the six forms: what each adds, the access rules above do not depend on. */
    static Stream<FormContent> everyForm() {
        return Stream.of(PricingTest.seed004(),
                new GenericInvoice(LocalDate.of(2026, 10, 14), null, "Pharmacie du Lac", "F-17", null, Money.chf("54.90"), null),
                AssistiveDevicesTest.conversion(Money.chf("18450.00")),
                ch.guichetai.testdata.TestHelplessnessAllowance.february2026(),
                ch.guichetai.testdata.TestHearingAids.bothEarsAndBatteries(),
                new AssistanceContribution(YearMonth.of(2026, 11), new BigDecimal("120.5"), BigDecimal.TEN, 4,
                        Money.chf("160.00"), List.of(), null, null, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyForm")
    void aRequestOfEveryFormIsReadOnlyByItsOwnerAndTheOfficeOfItsCanton(FormContent content) {
        SentRequest sent = as(GE, () -> requests.send(alice, new NewRequest(UUID.randomUUID(), header(Optional.empty()),
                content, List.of(pdf("facture.pdf"), pdf(ch.guichetai.testdata.TestHelplessnessAllowance.ATTESTATION)))));
        long document = sent.documents().getFirst().id();

        assertThat(sent.form()).isEqualTo(content.form());
        assertThat(as(GE, () -> requests.byId(alice, sent.id())).orElseThrow().content()).isEqualTo(content);
        assertThat(as(GE, () -> requests.byId(TestActors.officeAgent("ge"), sent.id()))).isPresent();
        assertThat(as(GE, () -> requests.byId(bob, sent.id()))).as("another person").isEmpty();
        assertThat(as(GE, () -> requests.byId(otherCompany, sent.id()))).as("a company").isEmpty();
        assertThat(as(GE, () -> requests.byId(TestActors.officeAgent("be"), sent.id()))).as("another canton's office").isEmpty();
        assertThat(as(BE, () -> requests.byId(TestActors.officeAgent("be"), sent.id()))).as("from another canton").isEmpty();
        assertThat(as(GE, () -> requests.history(bob, new Rows(0, 10)))).as("another person's history").isEmpty();
        assertThat(read(bob, sent.id(), document)).isNull();
        assertThat(read(alice, sent.id(), document)).isEqualTo(TestBeneficiaries.PDF);
    }

    @Test
    void theHistoryIsTheOwnersNewestFirst() {
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sent.add(as(GE, () -> requests.send(alice, seed004(Optional.empty()))).id());
        }
        as(GE, () -> requests.send(bob, seed004(Optional.empty())));

        List<RequestSummary> history = as(GE, () -> requests.history(alice, new Rows(0, 2)));
        assertThat(history).extracting(RequestSummary::id).containsExactly(sent.get(2), sent.get(1));
        assertThat(as(GE, () -> requests.history(alice, new Rows(2, 2)))).extracting(RequestSummary::id)
                .containsExactly(sent.get(0));
        assertThat(history.getFirst().total()).isEqualTo(Money.chf("159.50"));
        assertThat(history.getFirst().sentAt()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"))
                .isEqualTo(as(GE, () -> requests.byId(alice, sent.get(2))).orElseThrow().sentAt());
        assertThat(history.getFirst().reference()).hasToString("GE-2026-000003");
        assertThat(history.getFirst().servicePeriod()).isEqualTo(PricingTest.seed004().servicePeriod());
        assertThat(history.getFirst().beneficiaryName()).isEqualTo("Alice Martin");
        assertThat(history.getFirst().form()).isEqualTo(ch.guichetai.canton.InvoiceForm.TRAVEL_AND_MEALS);
        assertThat(as(GE, () -> requests.count(alice))).isEqualTo(3);
        assertThat(as(GE, () -> requests.count(manager))).isZero();
        assertThat(as(GE, () -> requests.history(TestActors.actorOfCanton(account(alice), "be"), new Rows(0, 10)))).isEmpty();
    }

    @Test
    void theFormsChoicesAreTheActorsOwn() {
        assertThat(as(GE, () -> requests.beneficiaries(alice))).extracting(RequestBeneficiary::name)
                .containsExactly("Alice Martin");
        assertThat(as(GE, () -> requests.ibansFor(alice, Optional.empty()))).extracting(IbanChoice::iban)
                .containsExactly(Iban.of(TestBankAccounts.IBAN));
        assertThat(as(GE, () -> requests.ibansFor(alice, Optional.of(companyBeneficiary))))
                .as("another owner's beneficiary adds nothing").hasSize(1);
        assertThat(as(GE, () -> requests.decisionsFor(alice, Optional.of(companyBeneficiary)))).isEmpty();
        assertThat(as(GE, () -> requests.maySend(alice))).isTrue();
        assertThat(as(GE, () -> requests.maySend(TestActors.officeAgent("ge")))).isFalse();
        assertThat(as(GE, () -> requests.firstBillableDay())).isEqualTo(LocalDate.of(2021, 12, 1));
        assertThatThrownBy(() -> as(GE, () -> requests.send(TestActors.officeAgent("ge"), seed004(Optional.empty()))))
                .isInstanceOf(Actor.NotAllowedException.class);
    }

    private Actor verified(CantonCode canton, NewAccount account, String iban) {
        return TestActors.actor(as(canton, () -> accounts.create(account.withEmailVerified(),
                iban == null ? null : TestBankAccounts.draft(iban, "Titulaire"))));
    }

    private Account account(Actor actor) {
        return as(actor.canton(), () -> accounts.byId(actor.accountId().orElseThrow()).orElseThrow());
    }

    private static ch.guichetai.beneficiary.BeneficiaryForm withIban(ch.guichetai.beneficiary.BeneficiaryForm form) {
        form.setIban(BENEFICIARY_IBAN);
        form.setAccountHolder("Pierre Dupont");
        return form;
    }

    private static Trip trip(LocalDate start, LocalDate end, TicketType type, Money amount, Integer kilometres) {
        return new Trip(start, end, "Stage", "Sion", "Sierre", type, amount, kilometres, false);
    }

    private static NewRequest seed004(Optional<Long> beneficiary) {
        return new NewRequest(UUID.randomUUID(), header(beneficiary), PricingTest.seed004(),
                List.of(pdf("facture.pdf"), pdf("billets.pdf")));
    }

    private static RequestHeader header(Optional<Long> beneficiary) {
        return new RequestHeader(beneficiary, Iban.of(TestBankAccounts.IBAN), DecisionNumber.of(GE_DECISION), null, false,
                SCRIPT);
    }

    private static ReceivedDocument pdf(String name) {
        return TestBeneficiaries.procuration(name, TestBeneficiaries.PDF);
    }

    private Map<String, String> problems(Actor actor, NewRequest request) {
        try {
            as(actor.canton(), () -> requests.send(actor, request));
        } catch (InvalidInputException e) {
            return e.problems().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().messageKey()));
        }
        throw new AssertionError("the request was sent");
    }

    private byte[] read(Actor actor, long requestId, long documentId) {
        byte[][] content = new byte[1][];
        boolean found = as(GE, () -> requests.readDocument(actor, requestId, documentId,
                (document, stream) -> content[0] = stream.readAllBytes()));
        assertThat(found).isEqualTo(content[0] != null);
        return content[0];
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from request", Integer.class);
    }

    private static <T> T as(CantonCode canton, Supplier<T> work) {
        return TenantContext.callAs(canton, work);
    }
}
