package ch.guichetai.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.canton.CantonCode;
import ch.guichetai.identity.Actor;
import ch.guichetai.paging.Rows;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail itself (ADR 0039): recorded only inside a change's transaction, read by the
 * canton's office administrators alone, newest first, filtered; and the database refuses to change
 * or delete an event, whoever asks.
 */
@SpringBootTest
class AuditTrailTest {

    private static final CantonCode GE = new CantonCode("ge");
    private static final CantonCode BE = new CantonCode("be");
    private static final Actor GE_ADMIN = TestActors.officeAdmin("ge");
    private static final Actor GE_AGENT = TestActors.officeAgent("ge");
    private static final Actor BE_ADMIN = TestActors.officeAdmin("be");
    private static final Actor PERSON = TestActors.individual("ge", 41);
    private static final Actor COMPANY = TestActors.memberOf("ge", 7);

    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    @BeforeEach
    void emptyTrail() {
        TestDatabase.reset(jdbc);
    }

    @Test
    void theCantonsAdministratorsReadItsEventsNewestFirst() {
        record(GE, PERSON, AuditAction.BANK_ACCOUNT_ADDED, AuditTrail.BANK_ACCOUNT, 10, "CH93 … 2957, Pierre Dupont");
        record(GE, COMPANY, AuditAction.BENEFICIARY_CREATED, AuditTrail.BENEFICIARY, 20, "Dupont Pierre");
        record(GE, GE_AGENT, AuditAction.REQUEST_ACCEPTED, AuditTrail.REQUEST, 30, "IN_PROGRESS → ACCEPTED");
        record(BE, BE_ADMIN, AuditAction.COMPANY_APPROVED, AuditTrail.COMPANY, 40, "Pflege Bern AG");

        List<AuditEvent> events = as(GE, () -> audit.page(GE_ADMIN, AuditFilter.NONE, new Rows(0, 50)));

        assertThat(events).extracting(AuditEvent::action).containsExactly(AuditAction.REQUEST_ACCEPTED,
                AuditAction.BENEFICIARY_CREATED, AuditAction.BANK_ACCOUNT_ADDED);
        AuditEvent oldest = events.getLast();
        assertThat(oldest.actorSubject()).isEqualTo(PERSON.subject());
        assertThat(oldest.actorEmail()).isEqualTo(PERSON.email());
        assertThat(oldest.actorAccountId()).contains(41L);
        assertThat(oldest.targetType()).isEqualTo(AuditTrail.BANK_ACCOUNT);
        assertThat(oldest.targetId()).isEqualTo(10);
        assertThat(oldest.summary()).isEqualTo("CH93 … 2957, Pierre Dupont");
        assertThat(oldest.at()).isBeforeOrEqualTo(events.getFirst().at()).isBeforeOrEqualTo(clock.instant());
        assertThat(events.getFirst().actorAccountId()).as("office staff have no account").isEmpty();
        assertThat(as(GE, () -> audit.count(GE_ADMIN, AuditFilter.NONE))).isEqualTo(3);
        assertThat(as(GE, () -> audit.page(GE_ADMIN, AuditFilter.NONE, new Rows(1, 1)))).extracting(AuditEvent::action)
                .containsExactly(AuditAction.BENEFICIARY_CREATED);
        assertThat(as(BE, () -> audit.page(BE_ADMIN, AuditFilter.NONE, new Rows(0, 50)))).extracting(AuditEvent::summary)
                .containsExactly("Pflege Bern AG");
    }

    @Test
    void eachFilterNarrowsThePage() {
        record(GE, PERSON, AuditAction.BANK_ACCOUNT_ADDED, AuditTrail.BANK_ACCOUNT, 10, "a");
        record(GE, PERSON, AuditAction.BANK_ACCOUNT_REMOVED, AuditTrail.BANK_ACCOUNT, 11, "b");
        record(GE, COMPANY, AuditAction.BENEFICIARY_CREATED, AuditTrail.BENEFICIARY, 10, "c");
        LocalDate today = LocalDate.now(clock);

        assertThat(summaries(new AuditFilter(null, null, AuditAction.BANK_ACCOUNT_REMOVED, null, null, null)))
                .containsExactly("b");
        assertThat(summaries(new AuditFilter(null, null, null, "MEMBER@Company", null, null))).containsExactly("c");
        assertThat(summaries(new AuditFilter(null, null, null, "person_", null, null)))
                .as("the e-mail is a prefix, its _ no wildcard").isEmpty();
        assertThat(summaries(new AuditFilter(null, null, null, null, AuditTrail.BANK_ACCOUNT, 10L))).containsExactly("a");
        assertThat(summaries(new AuditFilter(null, null, null, null, null, 10L))).containsExactly("c", "a");
        assertThat(summaries(new AuditFilter(today, today, null, null, null, null))).containsExactly("c", "b", "a");
        assertThat(summaries(new AuditFilter(today.plusDays(1), null, null, null, null, null))).isEmpty();
        assertThat(summaries(new AuditFilter(null, today.minusDays(1), null, null, null, null))).isEmpty();
        assertThat(as(GE, () -> audit.count(GE_ADMIN, new AuditFilter(null, null, null, "person@", null, null))))
                .isEqualTo(2);
    }

    @Test
    void nobodyButTheCantonsAdministratorsReadsIt() {
        record(GE, PERSON, AuditAction.BANK_ACCOUNT_ADDED, AuditTrail.BANK_ACCOUNT, 10, "a");

        for (Actor stranger : List.of(GE_AGENT, PERSON, COMPANY, BE_ADMIN)) {
            assertThatThrownBy(() -> as(GE, () -> audit.page(stranger, AuditFilter.NONE, new Rows(0, 50))))
                    .as(stranger.subject()).isInstanceOf(Actor.NotAllowedException.class);
            assertThatThrownBy(() -> as(GE, () -> audit.count(stranger, AuditFilter.NONE)))
                    .as(stranger.subject()).isInstanceOf(Actor.NotAllowedException.class);
        }
        assertThat(as(BE, () -> audit.page(BE_ADMIN, AuditFilter.NONE, new Rows(0, 50))))
                .as("Bern's administrator in Bern sees none of Geneva's").isEmpty();
    }

    @Test
    void anEventIsRecordedInTheChangesTransactionOrNotAtAll() {
        assertThatThrownBy(() -> TenantContext.runAs(GE, () -> audit.record(PERSON, AuditAction.BANK_ACCOUNT_ADDED,
                AuditTrail.BANK_ACCOUNT, 10, "no transaction"))).isInstanceOf(IllegalTransactionStateException.class);

        TenantContext.runAs(GE, () -> transactions.executeWithoutResult(status -> {
            audit.record(PERSON, AuditAction.BANK_ACCOUNT_ADDED, AuditTrail.BANK_ACCOUNT, 10, "rolled back");
            status.setRollbackOnly();
        }));

        assertThat(jdbc.queryForObject("select count(*) from audit_event", Integer.class)).isZero();
    }

    @Test
    void anActionIsAboutOneKindOfTargetAndALongSummaryIsCut() {
        assertThatThrownBy(() -> record(GE, PERSON, AuditAction.BANK_ACCOUNT_ADDED, AuditTrail.BENEFICIARY, 10, "x"))
                .isInstanceOf(IllegalArgumentException.class);

        record(GE, PERSON, AuditAction.BENEFICIARY_CHANGED, AuditTrail.BENEFICIARY, 10, "x".repeat(600));

        String summary = jdbc.queryForObject("select summary from audit_event", String.class);
        assertThat(summary).hasSize(AuditTrail.SUMMARY_MAX_LENGTH).endsWith("x…");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEvent() {
        record(GE, PERSON, AuditAction.BANK_ACCOUNT_ADDED, AuditTrail.BANK_ACCOUNT, 10, "as it happened");

        assertThatThrownBy(() -> jdbc.update("update audit_event set summary = 'rewritten'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor_email = 'someone@else.test' where target_id = 10"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where target_id = 10"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        assertThat(jdbc.queryForList("select summary from audit_event", String.class)).containsExactly("as it happened");
    }

    private List<String> summaries(AuditFilter filter) {
        return as(GE, () -> audit.page(GE_ADMIN, filter, new Rows(0, 50))).stream().map(AuditEvent::summary).toList();
    }

    private void record(CantonCode canton, Actor actor, AuditAction action, String targetType, long targetId, String summary) {
        TenantContext.runAs(canton, () -> transactions.executeWithoutResult(
                status -> audit.record(actor, action, targetType, targetId, summary)));
    }

    private static <T> T as(CantonCode canton, Supplier<T> work) {
        return TenantContext.callAs(canton, work);
    }
}
