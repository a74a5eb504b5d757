package ch.guichetai.document;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.database.EmbeddedMariaDb;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Changelog 007 on a database that holds procurations from before the document store (in a
 * schema of its own on the same server): each procuration's file becomes a document with the
 * beneficiary's owner, byte for byte, and the procuration then refers to it.
 */
@SpringBootTest
class DocumentMigrationTest {

    private static final String SCHEMA = "guichet_migration_check";

    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.datasource.url}")
    String url;
    @Value("${spring.datasource.username}")
    String user;
    @Value("${spring.datasource.password}")
    String password;

    @AfterEach
    void dropTheSchema() {
        jdbc.execute("drop database if exists " + SCHEMA);
    }

    @Test
    void theProcurationsMoveIntoTheDocumentStore() throws Exception {
        jdbc.execute("drop database if exists " + SCHEMA);
        jdbc.execute("create database " + SCHEMA);
        DriverManagerDataSource schema = new DriverManagerDataSource(
                url.replace("/" + EmbeddedMariaDb.DATABASE + "?", "/" + SCHEMA + "?"), user, password);
        JdbcTemplate old = new JdbcTemplate(schema);
        migrate(schema, "classpath:db/changelog/before-documents.yaml");

        old.update("""
                insert into company (canton, name, gln, street, postal_code, locality, country, status, submitted_at, version)
                values ('ge', 'Orthopédie Léman SA', '7601001234567', 'Rue du Lac 1', '1200', 'Genève', 'CH', 'APPROVED',
                    now(6), 0)""");
        long company = old.queryForObject("select id from company", Long.class);
        old.update("""
                insert into account (canton, subject, kind, email, title, last_name, first_name, street, postal_code,
                    locality, country, mobile, beneficiary, legal_representative, minor_or_under_guardianship,
                    email_verified, language, created_at, version)
                values ('be', 'subject-1', 'INDIVIDUAL', 'marie@mail.ch', 'MRS', 'Dupont', 'Marie', 'Rue 1', '3000',
                    'Bern', 'CH', '+41791234567', false, true, false, true, 'de', now(6), 0)""");
        long account = old.queryForObject("select id from account", Long.class);
        long ofCompany = beneficiary(old, "ge", "owner_company_id", company);
        long ofAccount = beneficiary(old, "be", "owner_account_id", account);
        byte[] pdf = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 300_000);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        long pdfProcuration = procuration(old, "ge", ofCompany, "procuration.pdf", "PDF", pdf);
        long pngProcuration = procuration(old, "be", ofAccount, "vollmacht.png", "PNG", png);

        migrate(schema, "classpath:db/changelog/db.changelog-master.yaml");

        assertThat(old.queryForList("select id, document_id from beneficiary_procuration order by id"))
                .containsExactly(Map.of("id", pdfProcuration, "document_id", pdfProcuration),
                        Map.of("id", pngProcuration, "document_id", pngProcuration));
        assertThat(old.queryForMap("""
                select canton, owner_company_id, owner_account_id, file_name, media_type, size_bytes, sha256
                from document where id = ?""", pdfProcuration))
                .containsEntry("canton", "ge").containsEntry("owner_company_id", company)
                .containsEntry("owner_account_id", null).containsEntry("file_name", "procuration.pdf")
                .containsEntry("media_type", "application/pdf").containsEntry("size_bytes", (long) pdf.length)
                .containsEntry("sha256", "a".repeat(64));
        assertThat(old.queryForObject("select content from document where id = ?", byte[].class, pdfProcuration))
                .isEqualTo(pdf);
        assertThat(old.queryForMap("select canton, owner_company_id, owner_account_id, media_type from document where id = ?",
                pngProcuration))
                .containsEntry("canton", "be").containsEntry("owner_company_id", null)
                .containsEntry("owner_account_id", account).containsEntry("media_type", "image/png");
        assertThat(old.queryForObject("select content from document where id = ?", byte[].class, pngProcuration))
                .isEqualTo(png);
        // the file's columns left the procuration table
        List<String> columns = old.queryForList("""
                select column_name from information_schema.columns
                where table_schema = database() and table_name = 'beneficiary_procuration'""", String.class);
        assertThat(columns).containsExactlyInAnyOrder("id", "canton", "beneficiary_id", "document_id", "version");
        // a new document gets an id past the migrated ones
        old.update("""
                insert into document (canton, owner_company_id, file_name, media_type, size_bytes, sha256, created_at, content)
                values ('ge', ?, 'new.pdf', 'application/pdf', 5, ?, now(6), '%PDF-')""", company, "b".repeat(64));
        assertThat(old.queryForObject("select max(id) from document where file_name = 'new.pdf'", Long.class))
                .isGreaterThan(Math.max(pdfProcuration, pngProcuration));
    }

    private static void migrate(DriverManagerDataSource schema, String changeLog) throws Exception {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(schema);
        liquibase.setChangeLog(changeLog);
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.afterPropertiesSet();
    }

    private static long beneficiary(JdbcTemplate db, String canton, String ownerColumn, long owner) {
        db.update("""
                insert into beneficiary (canton, %s, title, last_name, first_name, birth_date, avs_number, street,
                    postal_code, locality, country, archived, created_at, updated_at, version)
                values (?, ?, 'MR', 'Dupont', 'Pierre', '1980-05-17', '7560000000019', 'Rue du Lac 1', '1200', 'Genève',
                    'CH', false, now(6), now(6), 0)""".formatted(ownerColumn), canton, owner);
        return db.queryForObject("select max(id) from beneficiary", Long.class);
    }

    private static long procuration(JdbcTemplate db, String canton, long beneficiary, String name, String type,
                                    byte[] content) {
        db.update("""
                insert into beneficiary_procuration (canton, beneficiary_id, file_name, content_type, size_bytes, sha256,
                    content, uploaded_at, version)
                values (?, ?, ?, ?, ?, ?, ?, now(6), 0)""", canton, beneficiary, name, type, content.length,
                "a".repeat(64), content);
        return db.queryForObject("select max(id) from beneficiary_procuration", Long.class);
    }
}
