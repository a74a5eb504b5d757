package ch.guichetai.request;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.document.DocumentOwner;
import ch.guichetai.document.StoredDocument;
import ch.guichetai.identity.Actor;
import ch.guichetai.money.Money;
import ch.guichetai.paging.Rows;
import ch.guichetai.tenant.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The tables beside {@code request} that need no entity (the documents of a request, in order, the
 * reference counter of each canton and year, the transitions of a request), the status's conditional
 * update, and the history's page and count, which read a few columns on the owner's index: as plain
 * SQL they cost about the raw query, through Hibernate more than twice as much (docs/performance/requests.md). Every statement names the canton; times
 * are in UTC, as Hibernate keeps them.
 */
@Repository
class RequestRows {

    private final JdbcTemplate jdbc;

    RequestRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next number of the canton's references in a year, in the caller's transaction: the
     * counter's row stays locked until it ends, so two requests never get the same number, and a
     * request that is rolled back gives its number back (no gaps).
     */
    long nextNumber(int year) {
        String canton = TenantContext.current().value();
        jdbc.update("""
                insert into request_reference_counter (canton, reference_year, last_number) values (?, ?, 1)
                on duplicate key update last_number = last_number + 1""", canton, year);
        return jdbc.queryForObject("select last_number from request_reference_counter where canton = ? and reference_year = ?",
                Long.class, canton, year);
    }

    /** Attaches documents after those the request has already (a correction's, ADR 0037). */
    void attach(long requestId, List<StoredDocument> documents) {
        String canton = TenantContext.current().value();
        int first = jdbc.queryForObject("select count(*) from request_document where canton = ? and request_id = ?",
                Integer.class, canton, requestId);
        for (int i = 0; i < documents.size(); i++) {
            jdbc.update("insert into request_document (canton, request_id, document_order, document_id) values (?, ?, ?, ?)",
                    canton, requestId, first + i, documents.get(i).id());
        }
    }

    List<Long> documentIds(long requestId) {
        return jdbc.queryForList("""
                select document_id from request_document where canton = ? and request_id = ? order by document_order""",
                Long.class, TenantContext.current().value(), requestId);
    }

    /** The owner and status of a request of the current canton; empty when there is none. */
    Optional<RequestState> state(long requestId) {
        return jdbc.query("select owner_company_id, owner_account_id, status from request where canton = ? and id = ?",
                (row, number) -> new RequestState(owner(row), RequestStatus.valueOf(row.getString("status"))),
                TenantContext.current().value(), requestId).stream().findFirst();
    }

    /** Who owns a request, and where it stands. */
    record RequestState(DocumentOwner owner, RequestStatus status) {
    }

    /**
     * Moves the request's status when it still is {@code from}, in the caller's transaction; false
     * when it is not (another agent moved it first: the row's lock makes the second update wait and
     * find the new status).
     */
    boolean move(long requestId, RequestStatus from, RequestStatus to) {
        return jdbc.update("update request set status = ?, version = version + 1 where id = ? and canton = ? and status = ?",
                to.name(), requestId, TenantContext.current().value(), from.name()) == 1;
    }

    void recordTransition(long requestId, Actor actor, Instant at, RequestStatus from, RequestStatus to, String message) {
        jdbc.update("""
                insert into request_transition (canton, request_id, at, by_subject, by_email, by_account_id, from_status,
                to_status, message) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                TenantContext.current().value(), requestId, LocalDateTime.ofInstant(at, ZoneOffset.UTC), actor.subject(),
                actor.email(), actor.accountId().orElse(null), from.name(), to.name(), message);
    }

    /** A request's transitions, oldest first; {@code by} is the staff member's e-mail, empty for the owner's moves. */
    List<RequestTransition> transitions(long requestId) {
        return jdbc.query("""
                select at, by_email, by_account_id, from_status, to_status, message from request_transition
                where canton = ? and request_id = ? order by at, id""",
                (row, number) -> new RequestTransition(
                        row.getObject("by_account_id") == null ? Optional.of(row.getString("by_email")) : Optional.empty(),
                        row.getObject("at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        RequestStatus.valueOf(row.getString("from_status")), RequestStatus.valueOf(row.getString("to_status")),
                        Optional.ofNullable(row.getString("message"))),
                TenantContext.current().value(), requestId);
    }

    private static DocumentOwner owner(ResultSet row) throws SQLException {
        long company = row.getLong("owner_company_id");
        return row.wasNull() ? DocumentOwner.ofAccount(row.getLong("owner_account_id")) : DocumentOwner.ofCompany(company);
    }

    /** A page of the owner's requests, newest first, on the index (canton, owner, sent_at desc, id desc). */
    List<RequestSummary> history(DocumentOwner owner, Rows rows) {
        return jdbc.query("""
                select id, reference, form, service_from, service_to, beneficiary_name, status, sent_at, total
                from request where canton = ? and %s = ? order by sent_at desc, id desc limit ? offset ?"""
                .formatted(ownerColumn(owner)), (row, number) -> summary(row),
                TenantContext.current().value(), owner.id(), rows.limit(), rows.offset());
    }

    long count(DocumentOwner owner) {
        return jdbc.queryForObject("select count(*) from request where canton = ? and %s = ?".formatted(ownerColumn(owner)),
                Long.class, TenantContext.current().value(), owner.id());
    }

    static String ownerColumn(DocumentOwner owner) {
        return switch (owner) {
            case DocumentOwner.OfCompany company -> "owner_company_id";
            case DocumentOwner.OfAccount account -> "owner_account_id";
        };
    }

    private static RequestSummary summary(ResultSet row) throws SQLException {
        return new RequestSummary(row.getLong("id"), RequestReference.parse(row.getString("reference")),
                InvoiceForm.valueOf(row.getString("form")),
                new ServicePeriod(row.getObject("service_from", LocalDate.class), row.getObject("service_to", LocalDate.class)),
                row.getString("beneficiary_name"), RequestStatus.valueOf(row.getString("status")),
                row.getObject("sent_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), new Money(row.getBigDecimal("total")));
    }
}
