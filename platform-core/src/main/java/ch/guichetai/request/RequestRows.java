package ch.guichetai.request;

import ch.guichetai.document.StoredDocument;
import ch.guichetai.tenant.TenantContext;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The tables beside {@code request} that need no entity: the documents of a request, in order, and
 * the reference counter of each canton and year. Plain SQL, so every statement names the canton.
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

    void attach(long requestId, List<StoredDocument> documents) {
        String canton = TenantContext.current().value();
        for (int i = 0; i < documents.size(); i++) {
            jdbc.update("insert into request_document (canton, request_id, document_order, document_id) values (?, ?, ?, ?)",
                    canton, requestId, i, documents.get(i).id());
        }
    }

    List<Long> documentIds(long requestId) {
        return jdbc.queryForList("""
                select document_id from request_document where canton = ? and request_id = ? order by document_order""",
                Long.class, TenantContext.current().value(), requestId);
    }
}
