package ch.guichetai.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.testdata.TestCompanies;
import ch.guichetai.testdata.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rules of db.changelog-master.yaml, checked on the schema Liquibase really built: every
 * table is tenant-owned, every index starts with the canton (the database adds none of its own),
 * and a reference to another row names its canton too, so that the database itself refuses a row
 * that points into another canton. The one exception is rate_limit_bucket (ADR 0016): a client
 * address is limited across all cantons, and Bucket4j owns the table's layout.
 */
@SpringBootTest
class SchemaRulesTest {

    private static final String OWN_TABLES =
            " table_schema = database() and table_name not like 'databasechangelog%' and table_name <> 'rate_limit_bucket' ";

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.reset(jdbc);
    }

    @Test
    void everyTableHasItsCanton() {
        List<String> withoutCanton = jdbc.queryForList("""
                select t.table_name from information_schema.tables t
                where t.table_schema = database() and t.table_name not like 'databasechangelog%'
                  and t.table_name <> 'rate_limit_bucket'
                  and not exists (select 1 from information_schema.columns c
                   where c.table_schema = t.table_schema and c.table_name = t.table_name
                     and c.column_name = 'canton' and c.is_nullable = 'NO')""", String.class);
        assertThat(withoutCanton).isEmpty();
    }

    @Test
    void everyIndexStartsWithTheCanton() {
        List<String> indexes = jdbc.queryForList("""
                select concat(table_name, '.', index_name, ' (', column_name, ')') from information_schema.statistics
                where """ + OWN_TABLES + """
                 and index_name <> 'PRIMARY' and seq_in_index = 1 and column_name <> 'canton'""", String.class);
        assertThat(indexes).isEmpty();
    }

    @Test
    void everyReferenceStaysInItsCanton() {
        List<String> references = jdbc.queryForList("""
                select concat(table_name, '.', constraint_name) from information_schema.key_column_usage
                where """ + OWN_TABLES + """
                 and referenced_table_name is not null and ordinal_position = 1
                 and (column_name <> 'canton' or referenced_column_name <> 'canton')""", String.class);
        assertThat(references).isEmpty();
    }

    @Test
    void aRowCannotPointIntoAnotherCanton() {
        long company = TestCompanies.approved(jdbc, "ge");
        assertThatThrownBy(() -> jdbc.update("""
                insert into bank_account (canton, company_id, iban, holder, created_at)
                values ('be', ?, 'CH9300762011623852957', 'Schema rules SA', now(6))""", company))
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update("""
                insert into bank_account (canton, company_id, iban, holder, created_at)
                values ('ge', ?, 'CH9300762011623852957', 'Schema rules SA', now(6))""", company);
    }
}
