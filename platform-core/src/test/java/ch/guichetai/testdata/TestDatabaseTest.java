package ch.guichetai.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reset empties every table Liquibase built, referenced rows included, and keeps Liquibase's history and reference data. */
@SpringBootTest
class TestDatabaseTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTableIsEmptiedButLiquibaseKeepsItsHistory() {
        int changeSets = jdbc.queryForObject("select count(*) from DATABASECHANGELOG", Integer.class);
        jdbc.update("""
                insert into company (canton, name, gln, street, postal_code, locality, country, status, submitted_at, version)
                values ('ge', 'Reset SA', '7601234567890', 'Rue 1', '1200', 'Genève', 'CH', 'APPROVED', now(6), 0)""");
        jdbc.update("""
                insert into bank_account (canton, company_id, iban, holder, created_at)
                select 'ge', id, 'CH9300762011623852957', 'Reset SA', now(6) from company where gln = '7601234567890'""");
        jdbc.update("insert into isolation_probe (canton, label) values ('be', 'left over')");

        TestDatabase.reset(jdbc);

        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE'
                  and upper(table_name) not like 'DATABASECHANGELOG%'""", String.class);
        assertThat(tables).contains("company", "bank_account", "isolation_probe", "rate_limit_bucket");
        assertThat(tables).allSatisfy(table ->
                assertThat(jdbc.queryForObject("select count(*) from `" + table + "`", Integer.class)).as(table).isZero());
        assertThat(jdbc.queryForObject("select count(*) from DATABASECHANGELOG", Integer.class)).isEqualTo(changeSets);
        assertThat(jdbc.queryForObject("select @@foreign_key_checks", Integer.class)).isEqualTo(1);
    }

    @Test
    void referenceDataThatAChangelogInsertsStays() {
        jdbc.execute("create table reset_reference (canton varchar(2) not null, code varchar(10) not null) comment 'reference data: test'");
        try {
            jdbc.update("insert into reset_reference values ('ge', 'kept')");

            TestDatabase.reset(jdbc);

            assertThat(jdbc.queryForList("select code from reset_reference", String.class)).containsExactly("kept");
        } finally {
            jdbc.execute("drop table reset_reference");
        }
    }
}
