package ch.guichetai.request;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The office queue's statements (ADR 0035). */
@Repository
class QueueRows {

    private final JdbcTemplate jdbc;

    QueueRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<QueueRow> queue(RequestFilter filter, QueueSort sort, ch.guichetai.paging.Rows rows) {
        return List.of();
    }

    long queueCount(RequestFilter filter) {
        return 0;
    }

    List<Long> duplicatesOf(long requestId) {
        return List.of();
    }
}
