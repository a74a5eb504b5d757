package ch.guichetai.request;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.document.DocumentOwner;
import ch.guichetai.money.Money;
import ch.guichetai.paging.Rows;
import ch.guichetai.primitives.AvsNumber;
import ch.guichetai.primitives.Formats;
import ch.guichetai.primitives.InvalidValueException;
import ch.guichetai.tenant.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The filtered reads of requests (ADR 0035): the Guichet's history of one owner and the office's
 * queue of the canton, their counts, and a request's possible duplicates. Plain SQL for the reason
 * {@link RequestRows} gives; every statement names the canton; times are UTC. Each criterion of a
 * {@link RequestFilter} has an index to start from or to walk in the page's order (changelog 012,
 * docs/performance/request-queue.md).
 */
@Repository
class RequestQueries {

    /**
     * The page first (in a derived table), then whether each of its rows has a duplicate: the
     * {@code EXISTS} runs for the page's rows only, not for every row a filesort reads.
     */
    private static final String QUEUE_PAGE = """
            select p.*, exists (select 1 from request d where d.canton = p.canton and d.beneficiary_key = p.beneficiary_key
                and d.form = p.form and d.service_from = p.service_from and d.service_to = p.service_to
                and d.total = p.total and d.id <> p.id) possible_duplicate
            from (select r.id, r.canton, r.reference, r.form, r.sent_at, r.service_from, r.service_to, r.beneficiary_name,
                r.beneficiary_avs, r.beneficiary_key, r.owner_company_id, r.responsible_name, r.total, r.status,
                r.waiting_since, r.queue_order
                from request r where %s order by %s limit ? offset ?) p
            order by %s""";

    private final JdbcTemplate jdbc;

    RequestQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the owner's requests matching the filter, newest first. */
    List<RequestSummary> history(DocumentOwner owner, RequestFilter filter, Rows rows) {
        Statement page = historyPage(owner, filter, rows);
        return jdbc.query(page.sql(), (row, number) -> summary(row), page.arguments());
    }

    long historyCount(DocumentOwner owner, RequestFilter filter) {
        Statement count = historyCountStatement(owner, filter);
        return jdbc.queryForObject(count.sql(), Long.class, count.arguments());
    }

    /**
     * A page of the canton's requests matching the filter, in the sort's order. A company's row
     * names the member who sent it until {@link OfficeQueue} names the company.
     */
    List<QueueRow> queue(RequestFilter filter, QueueSort sort, Rows rows) {
        Statement page = queuePage(filter, sort, rows);
        return jdbc.query(page.sql(), (row, number) -> queueRow(row), page.arguments());
    }

    long queueCount(RequestFilter filter) {
        Statement count = queueCountStatement(filter);
        return jdbc.queryForObject(count.sql(), Long.class, count.arguments());
    }

    /** A statement and its arguments, as the methods above run it (the benchmark runs it raw beside them). */
    record Statement(String sql, Object[] arguments) {
    }

    static Statement historyPage(DocumentOwner owner, RequestFilter filter, Rows rows) {
        Where where = Where.of(filter).and("r." + RequestRows.ownerColumn(owner) + " = ?", owner.id());
        return new Statement("""
                select r.id, r.reference, r.form, r.service_from, r.service_to, r.beneficiary_name, r.status, r.sent_at, r.total
                from request r where %s order by r.sent_at desc, r.id desc limit ? offset ?""".formatted(where.sql()),
                where.arguments(rows));
    }

    static Statement historyCountStatement(DocumentOwner owner, RequestFilter filter) {
        if (filter.byStatusAtMost()) {
            return tally(filter.status(), owner);
        }
        Where where = Where.of(filter).and("r." + RequestRows.ownerColumn(owner) + " = ?", owner.id());
        return new Statement("select count(*) from request r where " + where.sql(), where.arguments());
    }

    static Statement queuePage(RequestFilter filter, QueueSort sort, Rows rows) {
        Where where = Where.of(filter);
        String order = order(sort, filter);
        return new Statement(QUEUE_PAGE.formatted(where.sql(), order, order.replace("r.", "p.")), where.arguments(rows));
    }

    static Statement queueCountStatement(RequestFilter filter) {
        if (filter.withCompany(null).byStatusAtMost()) {
            return tally(filter.status(), filter.companyId() == null ? null : DocumentOwner.ofCompany(filter.companyId()));
        }
        Where where = Where.of(filter);
        return new Statement("select count(*) from request r where " + where.sql(), where.arguments());
    }

    /**
     * A count without other criteria than the status and the owner (null: every owner), from the
     * owners' tallies ({@link RequestRows#tally}): a few rows instead of an index of 200,000.
     */
    private static Statement tally(RequestStatus status, DocumentOwner owner) {
        StringBuilder sql = new StringBuilder("select coalesce(sum(requests), 0) from request_tally where canton = ?");
        List<Object> arguments = new ArrayList<>(List.of(TenantContext.current().value()));
        if (owner != null) {
            sql.append(" and owner_kind = ? and owner_id = ?");
            arguments.add(owner instanceof DocumentOwner.OfCompany ? "c" : "a");
            arguments.add(owner.id());
        }
        if (status != null) {
            sql.append(" and status = ?");
            arguments.add(status.name());
        }
        return new Statement(sql.toString(), arguments.toArray());
    }

    /** The other requests of the canton with the same beneficiary, form, service period and total, oldest first. */
    List<PossibleDuplicate> duplicatesOf(long requestId) {
        return jdbc.query("""
                select d.id, d.reference from request r join request d on d.canton = r.canton and d.beneficiary_key = r.beneficiary_key
                    and d.form = r.form and d.service_from = r.service_from and d.service_to = r.service_to
                    and d.total = r.total and d.id <> r.id
                where r.canton = ? and r.id = ? order by d.sent_at, d.id""",
                (row, number) -> new PossibleDuplicate(row.getLong("id"), RequestReference.parse(row.getString("reference"))),
                TenantContext.current().value(), requestId);
    }

    /**
     * The longest waiting first: the requests in progress (queue_order 0) before the others, each by
     * the time they (last) came to the office. With a status, queue_order is the same for every row
     * and the index on (canton, status, waiting_since, id) gives the order.
     */
    private static String order(QueueSort sort, RequestFilter filter) {
        return switch (sort) {
            case OLDEST_WAITING -> filter.status() != null ? "r.waiting_since, r.id" : "r.queue_order, r.waiting_since, r.id";
            case NEWEST -> "r.sent_at desc, r.id desc";
            case AMOUNT -> "r.total desc, r.id desc";
        };
    }

    /** The conditions of a filter on the request {@code r} of the current canton, and their arguments in order. */
    private record Where(StringBuilder sql, List<Object> values) {

        static Where of(RequestFilter filter) {
            Where where = new Where(new StringBuilder("r.canton = ?"), new ArrayList<>(List.of(TenantContext.current().value())));
            if (filter.status() != null) {
                where.and("r.status = ?", filter.status().name());
            }
            if (filter.form() != null) {
                where.and("r.form = ?", filter.form().name());
            }
            if (filter.sentFrom() != null) {
                where.and("r.sent_at >= ?", startOf(filter.sentFrom()));
            }
            if (filter.sentTo() != null) {
                where.and("r.sent_at < ?", startOf(filter.sentTo().plusDays(1)));
            }
            if (filter.companyId() != null) {
                where.and("r.owner_company_id = ?", filter.companyId());
            }
            if (filter.responsibleAccountId() != null) {
                where.and("r.responsible_account_id = ?", filter.responsibleAccountId());
            }
            String beneficiary = filter.beneficiary() == null ? "" : filter.beneficiary().strip().replaceAll("\\s+", " ");
            if (!beneficiary.isEmpty()) {
                Optional<AvsNumber> avs = avs(beneficiary);
                if (avs.isPresent()) {
                    where.and("r.beneficiary_avs = ?", avs.get().value());
                } else {
                    String prefix = likePrefix(beneficiary);
                    where.and("(r.beneficiary_name like ? escape '!' or r.beneficiary_name_tail like ? escape '!')", prefix, prefix);
                }
            }
            return where;
        }

        Where and(String condition, Object... arguments) {
            sql.append(" and ").append(condition);
            values.addAll(List.of(arguments));
            return this;
        }

        Object[] arguments() {
            return values.toArray();
        }

        Object[] arguments(Rows rows) {
            List<Object> all = new ArrayList<>(values);
            all.add(rows.limit());
            all.add(rows.offset());
            return all.toArray();
        }

        /** The instant a Swiss day starts, as the UTC time the table keeps. */
        private static LocalDateTime startOf(LocalDate day) {
            return LocalDateTime.ofInstant(day.atStartOfDay(Formats.SWITZERLAND).toInstant(), ZoneOffset.UTC);
        }

        private static Optional<AvsNumber> avs(String text) {
            if (!text.matches("[\\d .\\-]+")) {
                return Optional.empty();
            }
            try {
                return Optional.of(AvsNumber.of(text));
            } catch (InvalidValueException notOne) {
                return Optional.empty();
            }
        }

        private static String likePrefix(String text) {
            String limited = text.length() > 100 ? text.substring(0, 100) : text;
            return limited.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        }
    }

    private static RequestSummary summary(ResultSet row) throws SQLException {
        return new RequestSummary(row.getLong("id"), RequestReference.parse(row.getString("reference")),
                InvoiceForm.valueOf(row.getString("form")), servicePeriod(row), row.getString("beneficiary_name"),
                RequestStatus.valueOf(row.getString("status")), instant(row, "sent_at"), new Money(row.getBigDecimal("total")));
    }

    private static QueueRow queueRow(ResultSet row) throws SQLException {
        return new QueueRow(row.getLong("id"), RequestReference.parse(row.getString("reference")),
                InvoiceForm.valueOf(row.getString("form")), instant(row, "sent_at"), servicePeriod(row),
                row.getString("beneficiary_name"), Optional.ofNullable(row.getString("beneficiary_avs")).map(AvsNumber::of),
                Optional.ofNullable(row.getObject("owner_company_id", Long.class)), Optional.empty(),
                row.getString("responsible_name"), new Money(row.getBigDecimal("total")),
                RequestStatus.valueOf(row.getString("status")), instant(row, "waiting_since"),
                row.getBoolean("possible_duplicate"));
    }

    private static ServicePeriod servicePeriod(ResultSet row) throws SQLException {
        return new ServicePeriod(row.getObject("service_from", LocalDate.class), row.getObject("service_to", LocalDate.class));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
