package ch.guichetai.request;

import ch.guichetai.document.DocumentOwner;
import ch.guichetai.document.StoredDocument;
import ch.guichetai.identity.Actor;
import ch.guichetai.tenant.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The tables beside {@code request} that need no entity (the documents of a request, in order, the
 * reference counter of each canton and year, the transitions of a request) and the status's
 * conditional update. Every statement names the canton; times are in UTC, as Hibernate keeps them.
 * The history's and the queue's reads are {@link RequestQueries}'.
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
        boolean moved = jdbc.update("update request set status = ?, version = version + 1 where id = ? and canton = ? and status = ?",
                to.name(), requestId, TenantContext.current().value(), from.name()) == 1;
        if (moved) {
            tally(requestId, from, -1);
            tally(requestId, to, 1);
        }
        return moved;
    }

    /**
     * Counts the request once more ({@code change} 1) or once less (-1) among its owner's in a
     * status, in the caller's transaction (ADR 0035): sending counts it, each move moves it.
     */
    void tally(long requestId, RequestStatus status, int change) {
        jdbc.update("""
                insert into request_tally (canton, owner_kind, owner_id, status, requests)
                select canton, case when owner_company_id is null then 'a' else 'c' end,
                    coalesce(owner_company_id, owner_account_id), ?, ?
                from request where canton = ? and id = ?
                on duplicate key update requests = requests + ?""",
                status.name(), change, TenantContext.current().value(), requestId, change);
    }

    void recordTransition(long requestId, Actor actor, Instant at, RequestStatus from, RequestStatus to, String message) {
        jdbc.update("""
                insert into request_transition (canton, request_id, at, by_subject, by_email, by_account_id, from_status,
                to_status, message) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                TenantContext.current().value(), requestId, LocalDateTime.ofInstant(at, ZoneOffset.UTC), actor.subject(),
                actor.email(), actor.accountId().orElse(null), from.name(), to.name(), message);
        if (to == RequestStatus.IN_PROGRESS) {
            // back at the office: the queue's "waiting since" (ADR 0035) starts again
            jdbc.update("update request set returned_at = ? where canton = ? and id = ?",
                    LocalDateTime.ofInstant(at, ZoneOffset.UTC), TenantContext.current().value(), requestId);
        }
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

    static String ownerColumn(DocumentOwner owner) {
        return switch (owner) {
            case DocumentOwner.OfCompany company -> "owner_company_id";
            case DocumentOwner.OfAccount account -> "owner_account_id";
        };
    }
}
