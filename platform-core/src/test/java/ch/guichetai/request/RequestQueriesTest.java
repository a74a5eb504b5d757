package ch.guichetai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.NewAccount;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.identity.Actor;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The office's queue and the Guichet's history with filters on the real database (ADR 0035):
 * each criterion alone and combined, the orders, the counts, the Swiss days' edges, possible
 * duplicates, and who sees what. The rows are written straight into the table with the values the
 * criteria look at.
 */
@SpringBootTest
class RequestQueriesTest {

    private static final CantonCode GE = new CantonCode("ge");
    private static final CantonCode BE = new CantonCode("be");
    private static final Actor GE_AGENT = TestActors.officeAgent("ge");
    private static final Actor BE_AGENT = TestActors.officeAgent("be");
    private static final String DUPONT_AVS = TestBeneficiaries.avs(1);
    private static final String ROCHAT_AVS = TestBeneficiaries.avs(2);

    @Autowired
    OfficeQueue queue;
    @Autowired
    Requests requests;
    @Autowired
    RequestDecisions decisions;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @TestBean
    Clock clock;

    static Clock clock() {
        return RequestsTest.clock();
    }

    private long companyA;
    private long companyB;
    private Actor managerA;
    private Actor collaboratorA;
    private Actor memberB;
    private Actor alice;
    private Actor bertaOfBern;
    /** Sent 1 November 2026 at 00:30 in Geneva (31 October in UTC), by Alice for herself. */
    private long alice1;
    /** Company A's, for Jean Dupont, 1 November at 11:00; the same as {@link #b1}. */
    private long a1;
    /** Alice's, 1 November at 23:59:59.999999 in Geneva, CHF 100.00. */
    private long alice2;
    /** Alice's, 2 November at 00:00 in Geneva, another service period. */
    private long alice3;
    /** Company A's, for Marie Rochat, sent by the collaborator, to complete. */
    private long a2;
    /** Company A's, for Jean Dupont, hearing aids, CHF 200.00, accepted. */
    private long a3;
    /** Company B's, for Jean Dupont: form, period and total of {@link #a1}. */
    private long b1;
    /** Bern's, for Jean Dupont: form, period and total of {@link #a1} too, in another canton. */
    private long be1;

    @BeforeEach
    void requestsOfTwoCompaniesAndAPersonInGenevaAndOneInBern() {
        TestDatabase.reset(jdbc);
        companyA = TestCompanies.approved(jdbc, "ge");
        companyB = TestCompanies.approved(jdbc, "ge");
        long companyBe = TestCompanies.approved(jdbc, "be");
        managerA = account(GE, TestAccounts.member(companyA, Account.CompanyRole.MANAGER, "Gérard", "Gérant"));
        collaboratorA = account(GE, TestAccounts.member(companyA, Account.CompanyRole.COLLABORATOR, "Colette", "Collab"));
        memberB = account(GE, TestAccounts.member(companyB, Account.CompanyRole.MANAGER, "Bruno", "Autre"));
        alice = account(GE, TestAccounts.beneficiary("Alice", "Martin"));
        bertaOfBern = account(BE, TestAccounts.member(companyBe, Account.CompanyRole.MANAGER, "Berta", "Bern"));

        alice1 = SentRow.ofPerson("ge", id(alice), "Alice Martin", Instant.parse("2026-10-31T23:30:00Z")).insert(jdbc);
        a1 = SentRow.ofCompany("ge", companyA, id(managerA), "Jean Dupont", DUPONT_AVS, Instant.parse("2026-11-01T10:00:00Z"))
                .insert(jdbc);
        alice2 = SentRow.ofPerson("ge", id(alice), "Alice Martin", Instant.parse("2026-11-01T22:59:59.999999Z"))
                .withTotal("100.00").insert(jdbc);
        alice3 = SentRow.ofPerson("ge", id(alice), "Alice Martin", Instant.parse("2026-11-01T23:00:00Z"))
                .withService(LocalDate.of(2022, 7, 1), LocalDate.of(2022, 7, 1)).insert(jdbc);
        a2 = SentRow.ofCompany("ge", companyA, id(collaboratorA), "Marie Rochat", ROCHAT_AVS,
                Instant.parse("2026-11-02T10:00:00Z")).with(RequestStatus.TO_COMPLETE).insert(jdbc);
        a3 = SentRow.ofCompany("ge", companyA, id(managerA), "Jean Dupont", DUPONT_AVS, Instant.parse("2026-11-03T10:00:00Z"))
                .with(InvoiceForm.HEARING_AIDS).withTotal("200.00").with(RequestStatus.ACCEPTED).insert(jdbc);
        b1 = SentRow.ofCompany("ge", companyB, id(memberB), "Jean Dupont", DUPONT_AVS, Instant.parse("2026-11-04T10:00:00Z"))
                .insert(jdbc);
        be1 = SentRow.ofCompany("be", companyBe, id(bertaOfBern), "Jean Dupont", DUPONT_AVS,
                Instant.parse("2026-11-05T10:00:00Z")).insert(jdbc);
    }

    // --- the office's queue

    @Test
    void theQueueShowsTheRequestsInProgressFirstTheLongestWaitingFirst() {
        assertThat(queueIds(RequestFilter.NONE, QueueSort.OLDEST_WAITING))
                .containsExactly(alice1, a1, alice2, alice3, b1, a2, a3);
    }

    @Test
    void aCorrectionSentBackWaitsFromThenOn() {
        TenantContext.runAs(GE, () -> decisions.askCorrection(GE_AGENT, a1, "Joindre la facture"));
        TenantContext.runAs(GE, () -> decisions.correctionSent(managerA, a1));

        assertThat(queueIds(RequestFilter.NONE, QueueSort.OLDEST_WAITING))
                .containsExactly(alice1, alice2, alice3, b1, a1, a2, a3);
        QueueRow row = page(RequestFilter.NONE.withStatus(RequestStatus.IN_PROGRESS), QueueSort.OLDEST_WAITING).getLast();
        assertThat(row.id()).isEqualTo(a1);
        assertThat(row.waitingSince()).isEqualTo(clock.instant());
        assertThat(row.sentAt()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
    }

    @Test
    void theCountsFollowSendingAndEveryMove() {
        Actor sam = TestActors.actor(as(GE, () -> accounts.create(TestAccounts.beneficiary("Sam", "Envoi").withEmailVerified(),
                TestBankAccounts.draft(TestBankAccounts.IBAN, "Sam Envoi"))));
        long sent = as(GE, () -> requests.send(sam, new NewRequest(UUID.randomUUID(), new RequestHeader(Optional.empty(),
                Iban.of(TestBankAccounts.IBAN), DecisionNumber.of("325 2025 1000896"), null, false, null),
                PricingTest.seed004(), List.of()))).id();
        RequestFilter inProgress = RequestFilter.NONE.withStatus(RequestStatus.IN_PROGRESS);
        RequestFilter toComplete = RequestFilter.NONE.withStatus(RequestStatus.TO_COMPLETE);
        assertThat(as(GE, () -> requests.count(sam, RequestFilter.NONE))).isOne();
        assertThat(as(GE, () -> queue.count(GE_AGENT, inProgress))).isEqualTo(6);

        TenantContext.runAs(GE, () -> decisions.askCorrection(GE_AGENT, sent, "Joindre la facture"));
        assertThat(as(GE, () -> requests.count(sam, toComplete))).isOne();
        assertThat(as(GE, () -> requests.count(sam, inProgress))).isZero();
        assertThat(as(GE, () -> queue.count(GE_AGENT, toComplete))).isEqualTo(2);
        TenantContext.runAs(GE, () -> decisions.correctionSent(sam, sent));
        TenantContext.runAs(GE, () -> decisions.refuse(GE_AGENT, sent, "Hors délai"));

        assertThat(as(GE, () -> queue.count(GE_AGENT, inProgress))).isEqualTo(5);
        assertThat(as(GE, () -> queue.count(GE_AGENT, RequestFilter.NONE.withStatus(RequestStatus.REFUSED)))).isOne();
        assertThat(as(GE, () -> queue.count(GE_AGENT, RequestFilter.NONE))).isEqualTo(8);
        assertThat(as(GE, () -> requests.count(sam, RequestFilter.NONE))).isOne();
        assertThat(as(GE, () -> requests.count(sam, toComplete))).isZero();
    }

    @Test
    void theOtherOrders() {
        assertThat(queueIds(RequestFilter.NONE, QueueSort.NEWEST)).containsExactly(b1, a3, a2, alice3, alice2, a1, alice1);
        assertThat(queueIds(RequestFilter.NONE, QueueSort.AMOUNT)).containsExactly(a3, b1, a2, alice3, a1, alice1, alice2);
    }

    static Stream<Arguments> queueFilters() {
        return Stream.of(
                Arguments.of("status", RequestFilter.NONE.withStatus(RequestStatus.IN_PROGRESS),
                        List.of("alice1", "a1", "alice2", "alice3", "b1")),
                Arguments.of("status to complete", RequestFilter.NONE.withStatus(RequestStatus.TO_COMPLETE), List.of("a2")),
                Arguments.of("form", RequestFilter.NONE.withForm(InvoiceForm.HEARING_AIDS), List.of("a3")),
                Arguments.of("one Swiss day", RequestFilter.NONE.withSent(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1)),
                        List.of("alice1", "a1", "alice2")),
                Arguments.of("from a day on", RequestFilter.NONE.withSent(LocalDate.of(2026, 11, 2), null),
                        List.of("alice3", "b1", "a2", "a3")),
                Arguments.of("up to a day", RequestFilter.NONE.withSent(null, LocalDate.of(2026, 10, 31)), List.of()),
                Arguments.of("first name", RequestFilter.NONE.withBeneficiary("jean"), List.of("a1", "b1", "a3")),
                Arguments.of("last name", RequestFilter.NONE.withBeneficiary("DUP"), List.of("a1", "b1", "a3")),
                Arguments.of("full name", RequestFilter.NONE.withBeneficiary(" Jean   Dupont "), List.of("a1", "b1", "a3")),
                Arguments.of("a person's name", RequestFilter.NONE.withBeneficiary("martin"),
                        List.of("alice1", "alice2", "alice3")),
                Arguments.of("inside a name", RequestFilter.NONE.withBeneficiary("upont"), List.of()),
                Arguments.of("like's wildcard", RequestFilter.NONE.withBeneficiary("%"), List.of()),
                Arguments.of("AVS with dots", RequestFilter.NONE.withBeneficiary(DUPONT_AVS), List.of("a1", "b1", "a3")),
                Arguments.of("AVS as digits", RequestFilter.NONE.withBeneficiary(ROCHAT_AVS.replace(".", "")), List.of("a2")),
                Arguments.of("AVS with spaces", RequestFilter.NONE.withBeneficiary(ROCHAT_AVS.replace(".", " ")), List.of("a2")),
                Arguments.of("company", RequestFilter.NONE.withCompany(-1L), List.of()),
                Arguments.of("status and form", RequestFilter.NONE.withStatus(RequestStatus.IN_PROGRESS)
                        .withForm(InvoiceForm.TRAVEL_AND_MEALS).withBeneficiary("dupont"), List.of("a1", "b1")),
                Arguments.of("everything", RequestFilter.NONE.withStatus(RequestStatus.IN_PROGRESS)
                        .withForm(InvoiceForm.TRAVEL_AND_MEALS).withBeneficiary(DUPONT_AVS)
                        .withSent(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3)), List.of("a1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queueFilters")
    void eachFilterAloneAndCombined(String criterion, RequestFilter filter, List<String> expected) {
        assertThat(queueIds(filter, QueueSort.OLDEST_WAITING)).containsExactlyElementsOf(ids(expected));
        assertThat(as(GE, () -> queue.count(GE_AGENT, filter))).isEqualTo(expected.size());
    }

    @Test
    void aCompanysRequests() {
        RequestFilter ofA = RequestFilter.NONE.withCompany(companyA);
        assertThat(queueIds(ofA, QueueSort.OLDEST_WAITING)).containsExactly(a1, a2, a3);
        assertThat(queueIds(ofA.withStatus(RequestStatus.ACCEPTED), QueueSort.NEWEST)).containsExactly(a3);
        assertThat(as(GE, () -> queue.count(GE_AGENT, ofA))).isEqualTo(3);
        assertThat(as(GE, () -> queue.count(GE_AGENT, ofA.withStatus(RequestStatus.ACCEPTED)))).isOne();
        assertThat(as(GE, () -> queue.count(GE_AGENT, RequestFilter.NONE.withCompany(companyB)))).isOne();
    }

    @Test
    void theRowNamesTheCompanyOrThePerson() {
        List<QueueRow> rows = page(RequestFilter.NONE, QueueSort.OLDEST_WAITING);
        QueueRow ofAlice = rows.getFirst();
        assertThat(ofAlice.companyName()).isEmpty();
        assertThat(ofAlice.ownerName()).isEqualTo("Alice Martin");
        assertThat(ofAlice.beneficiaryAvs()).isEmpty();
        QueueRow ofA = rows.get(1);
        assertThat(ofA.companyName()).contains("Orthopédie Léman SA");
        assertThat(ofA.ownerName()).isEqualTo("Orthopédie Léman SA");
        assertThat(ofA.beneficiaryAvs().orElseThrow().formatted()).isEqualTo(DUPONT_AVS);
        assertThat(ofA.reference().canton()).isEqualTo(GE);
        assertThat(ofA.total().amount()).isEqualByComparingTo("159.50");
        assertThat(ofA.waitingSince()).isEqualTo(ofA.sentAt());
    }

    @Test
    void theSameBeneficiaryFormPeriodAndTotalIsAPossibleDuplicate() {
        assertThat(page(RequestFilter.NONE, QueueSort.OLDEST_WAITING))
                .filteredOn(QueueRow::possibleDuplicate).extracting(QueueRow::id).containsExactly(a1, b1);
        assertThat(as(GE, () -> queue.duplicatesOf(GE_AGENT, a1))).extracting(PossibleDuplicate::id).containsExactly(b1);
        assertThat(as(GE, () -> queue.duplicatesOf(GE_AGENT, b1))).extracting(PossibleDuplicate::id).containsExactly(a1);
        assertThat(as(GE, () -> queue.duplicatesOf(GE_AGENT, alice1))).extracting(PossibleDuplicate::id)
                .as("the same person, another total or period").isEmpty();
        assertThat(as(GE, () -> queue.duplicatesOf(GE_AGENT, a3))).extracting(PossibleDuplicate::id)
                .as("the same person, another form").isEmpty();
        assertThat(as(BE, () -> queue.page(BE_AGENT, RequestFilter.NONE, QueueSort.OLDEST_WAITING, new Rows(0, 50))))
                .as("Geneva's are not Bern's duplicates").extracting(QueueRow::id, QueueRow::possibleDuplicate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(be1, false));
    }

    @Test
    void aPersonWithoutAvsNumberIsTheSamePersonByAccount() {
        long again = SentRow.ofPerson("ge", id(alice), "Alice Martin", Instant.parse("2026-11-20T10:00:00Z")).insert(jdbc);
        long other = SentRow.ofPerson("ge", id(memberB), "Alice Martin", Instant.parse("2026-11-21T10:00:00Z")).insert(jdbc);

        assertThat(as(GE, () -> queue.duplicatesOf(GE_AGENT, again))).extracting(PossibleDuplicate::id).containsExactly(alice1);
        assertThat(as(GE, () -> queue.duplicatesOf(GE_AGENT, other))).extracting(PossibleDuplicate::id)
                .as("another person of the same name").isEmpty();
    }

    @Test
    void pagesFollowOneAnother() {
        List<Long> all = queueIds(RequestFilter.NONE, QueueSort.OLDEST_WAITING);
        List<Long> second = as(GE, () -> queue.page(GE_AGENT, RequestFilter.NONE, QueueSort.OLDEST_WAITING, new Rows(3, 3)))
                .stream().map(QueueRow::id).toList();
        assertThat(second).isEqualTo(all.subList(3, 6));
    }

    @Test
    void onlyTheOfficeOfTheCantonReadsTheQueue() {
        assertThat(as(BE, () -> queue.page(BE_AGENT, RequestFilter.NONE, QueueSort.OLDEST_WAITING, new Rows(0, 50))))
                .extracting(QueueRow::id).containsExactly(be1);
        assertThat(as(BE, () -> queue.duplicatesOf(BE_AGENT, a1))).extracting(PossibleDuplicate::id)
                .as("Geneva's request is not found in Bern").isEmpty();
        for (Actor stranger : List.of(BE_AGENT, alice, managerA, TestActors.officeAdmin("be"))) {
            assertThatThrownBy(() -> as(GE, () -> queue.page(stranger, RequestFilter.NONE, QueueSort.OLDEST_WAITING,
                    new Rows(0, 50)))).isInstanceOf(Actor.NotAllowedException.class);
            assertThatThrownBy(() -> as(GE, () -> queue.count(stranger, RequestFilter.NONE)))
                    .isInstanceOf(Actor.NotAllowedException.class);
            assertThatThrownBy(() -> as(GE, () -> queue.duplicatesOf(stranger, a1)))
                    .isInstanceOf(Actor.NotAllowedException.class);
        }
        assertThat(as(GE, () -> queue.count(TestActors.officeAdmin("ge"), RequestFilter.NONE))).isEqualTo(7);
    }

    // --- the Guichet's history

    @Test
    void aCompanysHistoryByResponsibleBeneficiaryAndStatus() {
        assertThat(historyIds(collaboratorA, RequestFilter.NONE)).containsExactly(a3, a2, a1);
        assertThat(historyIds(collaboratorA, RequestFilter.NONE.withResponsible(id(managerA)))).containsExactly(a3, a1);
        assertThat(historyIds(collaboratorA, RequestFilter.NONE.withResponsible(id(collaboratorA)))).containsExactly(a2);
        assertThat(historyIds(managerA, RequestFilter.NONE.withBeneficiary("dupont"))).containsExactly(a3, a1);
        assertThat(historyIds(managerA, RequestFilter.NONE.withBeneficiary(DUPONT_AVS))).containsExactly(a3, a1);
        assertThat(historyIds(managerA, RequestFilter.NONE.withBeneficiary("Marie"))).containsExactly(a2);
        assertThat(historyIds(managerA, RequestFilter.NONE.withStatus(RequestStatus.TO_COMPLETE)))
                .as("Demandes à corriger").containsExactly(a2);
        assertThat(historyIds(managerA, RequestFilter.NONE.withResponsible(id(managerA)).withBeneficiary("jean")
                .withStatus(RequestStatus.ACCEPTED))).containsExactly(a3);
        assertThat(historyIds(memberB, RequestFilter.NONE.withBeneficiary(DUPONT_AVS))).containsExactly(b1);
    }

    @Test
    void aPersonsHistoryByBeneficiaryAndDays() {
        assertThat(historyIds(alice, RequestFilter.NONE.withBeneficiary("Alice"))).containsExactly(alice3, alice2, alice1);
        assertThat(historyIds(alice, RequestFilter.NONE.withBeneficiary("Jean"))).isEmpty();
        assertThat(historyIds(alice, RequestFilter.NONE.withSent(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2))))
                .containsExactly(alice3);
        assertThat(historyIds(alice, RequestFilter.NONE.withSent(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1))))
                .containsExactly(alice2, alice1);
    }

    @Test
    void aHistoryNeverShowsAnotherOwnersRequestsWhateverTheFilter() {
        for (RequestFilter filter : List.of(RequestFilter.NONE, RequestFilter.NONE.withResponsible(id(memberB)),
                RequestFilter.NONE.withResponsible(id(alice)), RequestFilter.NONE.withCompany(companyB),
                RequestFilter.NONE.withBeneficiary("Alice"), RequestFilter.NONE.withStatus(RequestStatus.IN_PROGRESS)
                        .withBeneficiary(DUPONT_AVS))) {
            assertThat(historyIds(collaboratorA, filter)).as(filter.toString()).doesNotContain(b1, be1, alice1, alice2, alice3);
            assertThat(historyIds(alice, filter)).as(filter.toString()).doesNotContain(a1, a2, a3, b1, be1);
        }
        assertThat(historyIds(collaboratorA, RequestFilter.NONE.withResponsible(id(memberB)))).isEmpty();
        assertThat(historyIds(collaboratorA, RequestFilter.NONE.withCompany(companyB))).isEmpty();
        assertThat(historyIds(collaboratorA, RequestFilter.NONE.withCompany(companyA))).containsExactly(a3, a2, a1);
        Actor aliceInBern = TestActors.actorOfCanton(accounts(alice), "be");
        assertThat(as(BE, () -> requests.history(aliceInBern, RequestFilter.NONE, new Rows(0, 50)))).isEmpty();
        assertThat(as(BE, () -> requests.count(aliceInBern, RequestFilter.NONE))).isZero();
        assertThat(as(GE, () -> requests.history(GE_AGENT, RequestFilter.NONE, new Rows(0, 50))))
                .as("the office owns no request").isEmpty();
    }

    @Test
    void theHistorysCountsAreItsPages() {
        for (Actor owner : List.of(managerA, alice, memberB)) {
            for (RequestFilter filter : List.of(RequestFilter.NONE, RequestFilter.NONE.withStatus(RequestStatus.IN_PROGRESS),
                    RequestFilter.NONE.withBeneficiary("dupont"), RequestFilter.NONE.withResponsible(id(managerA)),
                    RequestFilter.NONE.withSent(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1)))) {
                assertThat(as(GE, () -> requests.count(owner, filter))).as(filter.toString())
                        .isEqualTo(historyIds(owner, filter).size());
            }
        }
        assertThat(as(GE, () -> requests.count(managerA))).isEqualTo(3);
    }

    private List<QueueRow> page(RequestFilter filter, QueueSort sort) {
        return as(GE, () -> queue.page(GE_AGENT, filter, sort, new Rows(0, 50)));
    }

    private List<Long> queueIds(RequestFilter filter, QueueSort sort) {
        return page(filter, sort).stream().map(QueueRow::id).toList();
    }

    private List<Long> historyIds(Actor actor, RequestFilter filter) {
        return as(GE, () -> requests.history(actor, filter, new Rows(0, 50))).stream().map(RequestSummary::id).toList();
    }

    private List<Long> ids(List<String> names) {
        return names.stream().map(name -> switch (name) {
            case "alice1" -> alice1;
            case "alice2" -> alice2;
            case "alice3" -> alice3;
            case "a1" -> a1;
            case "a2" -> a2;
            case "a3" -> a3;
            case "b1" -> b1;
            default -> throw new IllegalArgumentException(name);
        }).toList();
    }

    private Account accounts(Actor actor) {
        return as(GE, () -> accounts.of(actor)).orElseThrow();
    }

    private Actor account(CantonCode canton, NewAccount account) {
        return TestActors.actor(as(canton, () -> accounts.create(account.withEmailVerified(), null)));
    }

    private static long id(Actor actor) {
        return actor.accountId().orElseThrow();
    }

    private static <T> T as(CantonCode canton, Supplier<T> work) {
        return TenantContext.callAs(canton, work);
    }
}
