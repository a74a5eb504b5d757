package ch.guichetai.testdata;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties the test database: every table of the schema, of every canton, read from
 * information_schema, so a new table needs no change here. Liquibase's own tables stay, and so
 * does reference data a changelog inserts: its table says so with the remark "reference data"
 * ({@code remarks:} of {@code createTable}). Tests call it before each test, never after: no test
 * depends on another's leftovers, and a failed test leaves its rows to look at. A table whose
 * trigger refuses DELETE (the append-only audit trail, ADR 0039) is truncated instead: TRUNCATE fires
 * no trigger.
 */
public final class TestDatabase {

    private static final String EMPTIED_TABLES = """
            select table_name from information_schema.tables
            where table_schema = database() and table_type = 'BASE TABLE'
              and upper(table_name) not like 'DATABASECHANGELOG%'
              and table_comment not like 'reference data%'
            order by table_name""";

    private static final String APPEND_ONLY_TABLES = """
            select distinct event_object_table from information_schema.triggers
            where trigger_schema = database() and event_manipulation = 'DELETE'
              and lower(action_statement) like '%signal sqlstate%'""";

    private TestDatabase() {
    }

    /** Empties every table but Liquibase's and reference data, foreign keys aside. */
    public static void reset(JdbcTemplate jdbc) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            List<String> tables = names(connection, EMPTIED_TABLES);
            List<String> appendOnly = names(connection, APPEND_ONLY_TABLES);
            try (Statement statement = connection.createStatement()) {
                // one connection: the setting is per session
                statement.execute("set foreign_key_checks = 0");
                try {
                    for (String table : tables) {
                        statement.executeUpdate((appendOnly.contains(table) ? "truncate table `" : "delete from `") + table + "`");
                    }
                } finally {
                    statement.execute("set foreign_key_checks = 1");
                }
            }
            return null;
        });
    }

    private static List<String> names(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }
}
