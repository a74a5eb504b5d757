package ch.guichetai.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.account.Accounts;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.identity.Actor;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestCompanies;
import ch.guichetai.testdata.TestDatabase;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The document store on the real database: a document is stored in its caller's transaction (or
 * not at all), comes back byte for byte, and is read only by its owner or by the office staff of
 * its canton; another person, another company, another canton get nothing.
 */
@SpringBootTest
class DocumentsTest {

    private static final CantonCode GE = new CantonCode("ge");
    private static final CantonCode BE = new CantonCode("be");
    private static final byte[] PDF = ReceivedDocumentTest.PDF;

    @Autowired
    Documents documents;
    @Autowired
    Accounts accounts;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    private DocumentOwner company;
    private DocumentOwner otherCompany;
    private DocumentOwner person;
    private DocumentOwner otherPerson;
    private DocumentOwner companyInBern;

    @BeforeEach
    void ownersInGenevaAndBern() {
        TestDatabase.reset(jdbc);
        company = DocumentOwner.ofCompany(TestCompanies.approved(jdbc, "ge"));
        otherCompany = DocumentOwner.ofCompany(TestCompanies.approved(jdbc, "ge"));
        person = DocumentOwner.ofAccount(representativeOfGeneva("Marie"));
        otherPerson = DocumentOwner.ofAccount(representativeOfGeneva("Paul"));
        companyInBern = DocumentOwner.ofCompany(TestCompanies.approved(jdbc, "be"));
    }

    @Test
    void aDocumentIsStoredWithItsDescriptionAndReadBackByteForByte() {
        byte[] large = Arrays.copyOf(PDF, 3 * 1024 * 1024 + 7);
        Arrays.fill(large, PDF.length, large.length, (byte) 0xA5);
        ReceivedDocument file = documents.receive("C:\\scans\\procuration signée.pdf", new ByteArrayInputStream(large));
        StoredDocument stored = as(GE, () -> transaction.execute(status -> documents.store(company, file)));

        assertThat(stored.fileName()).isEqualTo("procuration signée.pdf");
        assertThat(stored.type()).isEqualTo(DocumentType.PDF);
        assertThat(stored.size()).isEqualTo(large.length);
        assertThat(stored.sha256()).isEqualTo(file.sha256());
        assertThat(jdbc.queryForMap("""
                select canton, owner_company_id, owner_account_id, media_type, size_bytes, sha256
                from document where id = ?""", stored.id()))
                .containsEntry("canton", "ge").containsEntry("owner_company_id", company.id())
                .containsEntry("owner_account_id", null).containsEntry("media_type", "application/pdf")
                .containsEntry("size_bytes", (long) large.length).containsEntry("sha256", file.sha256());
        assertThat(jdbc.queryForObject("select length(content) from document where id = ?", Long.class, stored.id()))
                .isEqualTo(large.length);
        // kept in UTC, as Hibernate keeps the other tables' instants
        assertThat(jdbc.queryForObject("select abs(timestampdiff(second, created_at, utc_timestamp(6))) from document"
                + " where id = ?", Long.class, stored.id())).isLessThan(60);

        Read read = as(GE, () -> read(actor(GE, company), stored.id())).orElseThrow();
        assertThat(read.document()).isEqualTo(stored);
        assertThat(read.content()).isEqualTo(large);
    }

    @Test
    void aDocumentIsStoredInTheCallersTransactionOnly() {
        ReceivedDocument file = documents.receive("procuration.pdf", new ByteArrayInputStream(PDF));
        assertThatThrownBy(() -> as(GE, () -> transaction.execute(status -> {
            documents.store(person, file);
            throw new IllegalStateException("the caller fails after the document was stored");
        }))).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject("select count(*) from document", Integer.class)).isZero();

        // outside a transaction nothing is stored at all
        assertThatThrownBy(() -> as(GE, () -> documents.store(person, file)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(jdbc.queryForObject("select count(*) from document", Integer.class)).isZero();

        // the same received file may be stored once the caller succeeds
        as(GE, () -> transaction.execute(status -> documents.store(person, file)));
        assertThat(jdbc.queryForObject("select count(*) from document", Integer.class)).isOne();
    }

    @Test
    void onlyTheOwnerAndTheOfficeOfTheCantonReadADocument() {
        long ofCompany = store(GE, company);
        long ofPerson = store(GE, person);

        as(GE, () -> {
            assertThat(read(actor(GE, company), ofCompany)).isPresent();
            assertThat(read(actor(GE, person), ofPerson)).isPresent();
            assertThat(read(TestActors.officeAgent("ge"), ofCompany)).isPresent();
            assertThat(read(TestActors.officeAgent("ge"), ofPerson)).isPresent();
            // another company, another person, a person whose account id is the company's id, and the reverse
            assertThat(read(actor(GE, otherCompany), ofCompany)).isEmpty();
            assertThat(read(actor(GE, otherPerson), ofPerson)).isEmpty();
            assertThat(read(actor(GE, person), ofCompany)).isEmpty();
            assertThat(read(TestActors.individual("ge", company.id()), ofCompany)).isEmpty();
            assertThat(read(TestActors.memberOf("ge", person.id()), ofPerson)).isEmpty();
            // a login of another canton on this canton's requests: its office staff, or an owner's id there
            assertThat(read(TestActors.officeAgent("be"), ofCompany)).isEmpty();
            assertThat(read(actor(BE, company), ofCompany)).isEmpty();
            // a missing id is answered the same way
            assertThat(read(TestActors.officeAgent("ge"), Long.MAX_VALUE)).isEmpty();
            return null;
        });
        as(BE, () -> {
            // in another canton the document does not exist, for its own owner or anyone there
            assertThat(read(actor(GE, company), ofCompany)).isEmpty();
            assertThat(read(actor(BE, company), ofCompany)).isEmpty();
            assertThat(read(actor(BE, companyInBern), ofCompany)).isEmpty();
            assertThat(read(TestActors.officeAgent("be"), ofCompany)).isEmpty();
            assertThat(read(TestActors.officeAgent("ge"), ofCompany)).isEmpty();
            return null;
        });
    }

    @Test
    void theDatabaseRefusesAnOwnerOfAnotherCanton() {
        assertThatThrownBy(() -> store(GE, companyInBern)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("select count(*) from document", Integer.class)).isZero();
    }

    @Test
    void onlyTheOwnerDeletesADocument() {
        long id = store(GE, company);
        as(GE, () -> transaction.execute(status -> {
            documents.delete(otherCompany, id);
            documents.delete(DocumentOwner.ofAccount(company.id()), id);
            return null;
        }));
        as(BE, () -> transaction.execute(status -> {
            documents.delete(company, id);
            return null;
        }));
        assertThat(jdbc.queryForObject("select count(*) from document", Integer.class)).isOne();

        as(GE, () -> transaction.execute(status -> {
            documents.delete(company, id);
            return null;
        }));
        assertThat(jdbc.queryForObject("select count(*) from document", Integer.class)).isZero();
    }

    @Test
    void theLimitIsTheConfiguredTenMegabytes() {
        assertThat(documents.maxBytes()).isEqualTo(10 * 1024 * 1024);
        assertThat(documents.maxMegabytes()).isEqualTo(10);
    }

    private long store(CantonCode canton, DocumentOwner owner) {
        ReceivedDocument file = documents.receive("procuration.pdf", new ByteArrayInputStream(PDF));
        return as(canton, () -> transaction.execute(status -> documents.store(owner, file))).id();
    }

    record Read(StoredDocument document, byte[] content) {
    }

    /** A login on the canton's realm that acts for the owner: a member of the company, or the individual. */
    private static Actor actor(CantonCode canton, DocumentOwner owner) {
        return switch (owner) {
            case DocumentOwner.OfCompany company -> TestActors.memberOf(canton.value(), company.id());
            case DocumentOwner.OfAccount account -> TestActors.individual(canton.value(), account.id());
        };
    }

    private Optional<Read> read(Actor actor, long id) {
        AtomicReference<Read> read = new AtomicReference<>();
        boolean found = documents.read(actor, id, (document, content) -> read.set(new Read(document, content.readAllBytes())));
        assertThat(found).isEqualTo(read.get() != null);
        return Optional.ofNullable(read.get());
    }

    private long representativeOfGeneva(String firstName) {
        return as(GE, () -> accounts.create(TestAccounts.representative(firstName, "Dupont"), null).id());
    }

    private static <T> T as(CantonCode canton, Supplier<T> work) {
        return TenantContext.callAs(canton, work);
    }
}
