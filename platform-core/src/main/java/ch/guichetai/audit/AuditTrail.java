package ch.guichetai.audit;

import ch.guichetai.identity.Actor;
import ch.guichetai.paging.Rows;
import ch.guichetai.tenant.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail (ADR 0039): every change of a request, a beneficiary, a procuration, a bank
 * account or a company member, and every office decision, with who made it and when. A change
 * records its event in its own transaction ({@link #record}), so the event exists exactly when the
 * change does. Nothing changes an event: there is no method for it, and the database refuses
 * UPDATE and DELETE on {@code audit_event}. The office's administrators of the canton read it.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    /** Target types: the table of the thing changed (a procuration's or a decision's is its beneficiary). */
    public static final String REQUEST = "request";
    public static final String BENEFICIARY = "beneficiary";
    public static final String BANK_ACCOUNT = "bank_account";
    public static final String ACCOUNT = "account";
    public static final String COMPANY = "company";
    public static final List<String> TARGET_TYPES = List.of(REQUEST, BENEFICIARY, BANK_ACCOUNT, ACCOUNT, COMPANY);

    /** A longer summary is cut (it names what changed, it does not copy it). */
    public static final int SUMMARY_MAX_LENGTH = 500;

    private static final String COLUMNS =
            "id, at, actor_subject, actor_email, actor_account_id, action, target_type, target_id, summary";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records that {@code actor} did {@code action} to the target, in the current canton, now. Only
     * inside the transaction of the change: rolled back with it, never recorded without it.
     *
     * @param summary what changed, without secrets: no full IBAN (see {@code Iban.masked()}), no document content
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, AuditAction action, String targetType, long targetId, String summary) {
        if (!action.targetType().equals(targetType)) {
            throw new IllegalArgumentException(action + " is about a " + action.targetType() + ", not a " + targetType);
        }
        jdbc.update("""
                        insert into audit_event (canton, at, actor_subject, actor_email, actor_account_id, action,
                        target_type, target_id, summary) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                TenantContext.current().value(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                actor.subject(), actor.email() == null ? "" : actor.email(), actor.accountId().orElse(null),
                action.name(), targetType, targetId, shortened(summary));
    }

    /** A page of the canton's events that match, newest first; office administrators of the canton only. */
    public List<AuditEvent> page(Actor actor, AuditFilter filter, Rows rows) {
        actor.requireOfficeAdmin();
        Where where = where(filter);
        List<Object> arguments = new ArrayList<>(where.arguments());
        arguments.add(rows.limit());
        arguments.add(rows.offset());
        return jdbc.query("select " + COLUMNS + " from audit_event" + where.sql()
                + " order by at desc, id desc limit ? offset ?", AuditTrail::event, arguments.toArray());
    }

    /** How many of the canton's events match; office administrators of the canton only. */
    public long count(Actor actor, AuditFilter filter) {
        actor.requireOfficeAdmin();
        Where where = where(filter);
        return jdbc.queryForObject("select count(*) from audit_event" + where.sql(), Long.class,
                where.arguments().toArray());
    }

    private record Where(String sql, List<Object> arguments) {
    }

    /** Always the canton first: the indexes (canton, at) and (canton, target_type, target_id, at) serve it. */
    private Where where(AuditFilter filter) {
        StringBuilder sql = new StringBuilder(" where canton = ?");
        List<Object> arguments = new ArrayList<>();
        arguments.add(TenantContext.current().value());
        if (filter.from() != null) {
            sql.append(" and at >= ?");
            arguments.add(startOf(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and at < ?");
            arguments.add(startOf(filter.to().plusDays(1)));
        }
        if (filter.action() != null) {
            sql.append(" and action = ?");
            arguments.add(filter.action().name());
        }
        if (filter.actorEmail() != null) {
            sql.append(" and lower(actor_email) like ? escape '!'");
            arguments.add(filter.actorEmail().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (filter.targetType() != null) {
            sql.append(" and target_type = ?");
            arguments.add(filter.targetType());
        }
        if (filter.targetId() != null) {
            sql.append(" and target_id = ?");
            arguments.add(filter.targetId());
        }
        return new Where(sql.toString(), arguments);
    }

    /** The start of a Swiss day, in UTC as stored. */
    private LocalDateTime startOf(LocalDate day) {
        return LocalDateTime.ofInstant(day.atStartOfDay(clock.getZone()).toInstant(), ZoneOffset.UTC);
    }

    private static AuditEvent event(ResultSet row, int number) throws SQLException {
        long accountId = row.getLong("actor_account_id");
        Optional<Long> account = row.wasNull() ? Optional.empty() : Optional.of(accountId);
        return new AuditEvent(row.getLong("id"), row.getObject("at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                row.getString("actor_subject"), row.getString("actor_email"), account,
                AuditAction.valueOf(row.getString("action")), row.getString("target_type"), row.getLong("target_id"),
                row.getString("summary"));
    }

    private static String shortened(String summary) {
        String text = summary == null ? "" : summary.strip();
        return text.length() <= SUMMARY_MAX_LENGTH ? text : text.substring(0, SUMMARY_MAX_LENGTH - 1) + "…";
    }
}
