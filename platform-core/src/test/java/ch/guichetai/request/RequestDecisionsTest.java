package ch.guichetai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.NewAccount;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.identity.Actor;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Iban;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestCompanies;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.validation.InvalidInputException;
import ch.guichetai.validation.Problem;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The life of a sent request on the real database (ADR 0034): every move of the 16 pairs of
 * statuses, allowed or refused; the office's message and reason; two agents deciding at once; who
 * may act; and the transitions as the office and the owner read them.
 */
@SpringBootTest
class RequestDecisionsTest {

    private static final CantonCode GE = new CantonCode("ge");
    private static final CantonCode BE = new CantonCode("be");
    private static final Actor GE_AGENT = TestActors.officeAgent("ge");
    private static final Actor GE_ADMIN = TestActors.officeAdmin("ge");

    @Autowired
    Requests requests;
    @Autowired
    RequestDecisions decisions;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @TestBean
    Clock clock;

    static Clock clock() {
        return RequestsTest.clock();
    }

    private Actor alice;
    private Actor otherCollaborator;
    private long alicesRequest;

    @BeforeEach
    void aliceSentARequestInGeneva() {
        TestDatabase.reset(jdbc);
        alice = verified(GE, TestAccounts.beneficiary("Alice", "Martin"), TestBankAccounts.IBAN);
        long company = TestCompanies.approved(jdbc, "ge");
        otherCollaborator = verified(GE, TestAccounts.member(company, Account.CompanyRole.COLLABORATOR, "Colette", "Autre"),
                null);
        RequestHeader header = new RequestHeader(Optional.empty(), Iban.of(TestBankAccounts.IBAN),
                DecisionNumber.of("325 2025 1000896"), null, false, null);
        alicesRequest = as(GE, () -> requests.send(alice, new NewRequest(UUID.randomUUID(), header, PricingTest.seed004(),
                List.of()))).id();
    }

    static Stream<Arguments> everyPairOfStatuses() {
        Set<List<RequestStatus>> allowed = Set.of(
                List.of(RequestStatus.IN_PROGRESS, RequestStatus.ACCEPTED),
                List.of(RequestStatus.IN_PROGRESS, RequestStatus.TO_COMPLETE),
                List.of(RequestStatus.IN_PROGRESS, RequestStatus.REFUSED),
                List.of(RequestStatus.TO_COMPLETE, RequestStatus.IN_PROGRESS));
        return EnumSet.allOf(RequestStatus.class).stream().flatMap(from -> EnumSet.allOf(RequestStatus.class).stream()
                .map(to -> Arguments.of(from, to, allowed.contains(List.of(from, to)))));
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @MethodSource("everyPairOfStatuses")
    void onlyTheTableOfTransitionsIsPossible(RequestStatus from, RequestStatus to, boolean allowed) {
        jdbc.update("update request set status = ? where id = ?", from.name(), alicesRequest);

        if (allowed) {
            moveTo(to);
            assertThat(status()).isEqualTo(to);
            assertThat(as(GE, () -> decisions.transitions(GE_AGENT, alicesRequest)))
                    .extracting(RequestTransition::from, RequestTransition::to)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(from, to));
            assertThat(as(GE, () -> requests.byId(alice, alicesRequest)).orElseThrow().status())
                    .as("the request's own status follows").isEqualTo(to);
        } else {
            assertThatThrownBy(() -> moveTo(to)).isInstanceOf(TransitionRefusedException.class);
            assertThat(status()).isEqualTo(from);
            assertThat(transitionRows()).isZero();
        }
        assertThat(from.next().contains(to)).isEqualTo(allowed);
    }

    /** The move to {@code to}, by whoever makes it: the owner back in progress, the office otherwise. */
    private void moveTo(RequestStatus to) {
        TenantContext.runAs(GE, () -> {
            switch (to) {
                case IN_PROGRESS -> decisions.correctionSent(alice, alicesRequest);
                case TO_COMPLETE -> decisions.askCorrection(GE_AGENT, alicesRequest, "Joindre la facture");
                case ACCEPTED -> decisions.accept(GE_AGENT, alicesRequest);
                case REFUSED -> decisions.refuse(GE_ADMIN, alicesRequest, "Hors délai");
            }
        });
    }

    @Test
    void theMessageAndTheReasonAreRequiredAndLimited() {
        assertThat(problem(() -> decisions.askCorrection(GE_AGENT, alicesRequest, "  ")))
                .containsEntry("message", Problem.required().messageKey());
        assertThat(problem(() -> decisions.askCorrection(GE_AGENT, alicesRequest, null)))
                .containsEntry("message", Problem.required().messageKey());
        assertThat(problem(() -> decisions.refuse(GE_AGENT, alicesRequest, "")))
                .containsEntry("reason", Problem.required().messageKey());
        assertThat(problem(() -> decisions.refuse(GE_AGENT, alicesRequest,
                "x".repeat(RequestDecisions.MESSAGE_MAX_LENGTH + 1)))).containsEntry("reason", "invalid.too-long");
        assertThat(status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(transitionRows()).isZero();

        TenantContext.runAs(GE, () -> decisions.refuse(GE_AGENT, alicesRequest,
                " " + "x".repeat(RequestDecisions.MESSAGE_MAX_LENGTH) + " "));
        assertThat(as(GE, () -> decisions.transitions(GE_AGENT, alicesRequest)).getFirst().message())
                .contains("x".repeat(RequestDecisions.MESSAGE_MAX_LENGTH));
    }

    /**
     * The race made certain: the first agent's transaction holds the request's row until the second
     * agent has read the status (still in progress) and waits on the row's lock; then the first
     * commits, and the second's conditional update finds nothing to change.
     */
    @Test
    void twoAgentsDecidingAtOnceExactlyOneWins() throws Exception {
        CountDownLatch firstDecided = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> TenantContext.runAs(GE, () -> transactions.executeWithoutResult(status -> {
                decisions.accept(GE_AGENT, alicesRequest);
                firstDecided.countDown();
                await(commit);
            })));
            await(firstDecided);
            Future<?> second = threads.submit(() -> TenantContext.runAs(GE,
                    () -> decisions.refuse(GE_ADMIN, alicesRequest, "Hors délai")));
            waitForALockWait();
            commit.countDown();

            first.get(30, TimeUnit.SECONDS);
            assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TransitionRefusedException.class);
        } finally {
            commit.countDown();
            threads.shutdownNow();
        }
        assertThat(status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(transitionRows()).isEqualTo(1);
    }

    /** Until the second decision's update runs, which it can only do by waiting for the first's row lock. */
    private void waitForALockWait() throws InterruptedException {
        for (int tries = 0; tries < 200; tries++) {
            if (jdbc.queryForObject("""
                    select count(*) from information_schema.processlist
                    where command = 'Query' and info like 'update request set status%'""", Integer.class) > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the second decision never waited for the first");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("waited too long");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onlyTheOfficeOfTheRequestsCantonDecides() {
        Actor berneseAgent = TestActors.officeAgent("be");
        for (Actor stranger : List.of(berneseAgent, alice, otherCollaborator)) {
            assertThatThrownBy(() -> TenantContext.runAs(GE, () -> decisions.accept(stranger, alicesRequest)))
                    .as(stranger.subject()).isInstanceOf(UnknownRequestException.class);
            assertThatThrownBy(() -> TenantContext.runAs(GE, () -> decisions.askCorrection(stranger, alicesRequest, "?")))
                    .as(stranger.subject()).isInstanceOf(UnknownRequestException.class);
            assertThatThrownBy(() -> TenantContext.runAs(GE, () -> decisions.refuse(stranger, alicesRequest, "")))
                    .as("a stranger learns nothing, not even that the reason is missing")
                    .isInstanceOf(UnknownRequestException.class);
        }
        assertThatThrownBy(() -> TenantContext.runAs(BE, () -> decisions.accept(berneseAgent, alicesRequest)))
                .as("in its own canton, a Bernese agent does not find Geneva's request")
                .isInstanceOf(UnknownRequestException.class);
        assertThat(status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(transitionRows()).isZero();

        TenantContext.runAs(GE, () -> decisions.askCorrection(GE_AGENT, alicesRequest, "Joindre la facture"));
        assertThatThrownBy(() -> TenantContext.runAs(GE, () -> decisions.correctionSent(otherCollaborator, alicesRequest)))
                .as("only the owner sends the correction").isInstanceOf(UnknownRequestException.class);
        assertThatThrownBy(() -> TenantContext.runAs(GE, () -> decisions.correctionSent(GE_AGENT, alicesRequest)))
                .as("not the office either").isInstanceOf(UnknownRequestException.class);
        assertThat(status()).isEqualTo(RequestStatus.TO_COMPLETE);
    }

    @Test
    void theOfficeSeesWhoDecidedTheOwnerSeesNoStaffName() {
        TenantContext.runAs(GE, () -> decisions.askCorrection(GE_AGENT, alicesRequest, "Joindre la facture"));
        TenantContext.runAs(GE, () -> decisions.correctionSent(alice, alicesRequest));
        TenantContext.runAs(GE, () -> decisions.accept(GE_ADMIN, alicesRequest));
        Instant now = clock().instant();

        assertThat(as(GE, () -> decisions.transitions(GE_AGENT, alicesRequest))).containsExactly(
                new RequestTransition(Optional.of(GE_AGENT.email()), now, RequestStatus.IN_PROGRESS, RequestStatus.TO_COMPLETE,
                        Optional.of("Joindre la facture")),
                new RequestTransition(Optional.empty(), now, RequestStatus.TO_COMPLETE, RequestStatus.IN_PROGRESS,
                        Optional.empty()),
                new RequestTransition(Optional.of(GE_ADMIN.email()), now, RequestStatus.IN_PROGRESS, RequestStatus.ACCEPTED,
                        Optional.empty()));
        assertThat(as(GE, () -> decisions.transitions(alice, alicesRequest))).containsExactly(
                new RequestTransition(Optional.empty(), now, RequestStatus.IN_PROGRESS, RequestStatus.TO_COMPLETE,
                        Optional.of("Joindre la facture")),
                new RequestTransition(Optional.empty(), now, RequestStatus.TO_COMPLETE, RequestStatus.IN_PROGRESS,
                        Optional.empty()),
                new RequestTransition(Optional.empty(), now, RequestStatus.IN_PROGRESS, RequestStatus.ACCEPTED,
                        Optional.empty()));
        assertThatThrownBy(() -> as(GE, () -> decisions.transitions(otherCollaborator, alicesRequest)))
                .isInstanceOf(UnknownRequestException.class);
        assertThatThrownBy(() -> as(GE, () -> decisions.transitions(TestActors.officeAgent("be"), alicesRequest)))
                .isInstanceOf(UnknownRequestException.class);
        assertThat(jdbc.queryForObject("select by_account_id from request_transition where to_status = 'IN_PROGRESS'",
                Long.class)).isEqualTo(alice.accountId().orElseThrow());
    }

    private java.util.Map<String, String> problem(Runnable decision) {
        try {
            TenantContext.runAs(GE, decision);
        } catch (InvalidInputException e) {
            java.util.Map<String, String> keys = new java.util.LinkedHashMap<>();
            e.problems().forEach((field, problem) -> keys.put(field, problem.messageKey()));
            return keys;
        }
        throw new AssertionError("the decision was taken");
    }

    private RequestStatus status() {
        return RequestStatus.valueOf(jdbc.queryForObject("select status from request where id = ?", String.class,
                alicesRequest));
    }

    private int transitionRows() {
        return jdbc.queryForObject("select count(*) from request_transition", Integer.class);
    }

    private Actor verified(CantonCode canton, NewAccount account, String iban) {
        return TestActors.actor(as(canton, () -> accounts.create(account.withEmailVerified(),
                iban == null ? null : TestBankAccounts.draft(iban, "Titulaire"))));
    }

    private static <T> T as(CantonCode canton, Supplier<T> work) {
        return TenantContext.callAs(canton, work);
    }
}
