package ch.guichetai.company;

import ch.guichetai.tenant.TenantContext;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The names of the current canton's companies, for the pages that list what companies own (the
 * office's queue, ADR 0035): one plain SQL statement per page, as cheap as the page's own query
 * (through Hibernate it would cost more than the page).
 */
@Service
public class CompanyNames {

    private final JdbcTemplate jdbc;

    CompanyNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The names of these companies of the current canton, by id; another canton's are left out. */
    public Map<Long, String> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.query("select id, name from company where canton = ? and id in (%s)"
                        .formatted(String.join(", ", Collections.nCopies(ids.size(), "?"))),
                row -> {
                    names.put(row.getLong("id"), row.getString("name"));
                },
                java.util.stream.Stream.concat(java.util.stream.Stream.of(TenantContext.current().value()), ids.stream())
                        .toArray());
        return names;
    }
}
