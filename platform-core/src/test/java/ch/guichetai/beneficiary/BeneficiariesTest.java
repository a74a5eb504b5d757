package ch.guichetai.beneficiary;

import static ch.guichetai.testdata.TestBeneficiaries.PDF;
import static ch.guichetai.testdata.TestBeneficiaries.avs;
import static ch.guichetai.testdata.TestBeneficiaries.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.when;

import ch.guichetai.account.Accounts;
import ch.guichetai.beneficiary.BeneficiaryForm.DecisionInput;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.document.DocumentType;
import ch.guichetai.document.StoredDocument;
import ch.guichetai.identity.Actor;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.testdata.TestCompanies;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.validation.InvalidInputException;
import ch.guichetai.validation.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The beneficiaries of a company on the real database: what a member can do with them, the grid's
 * filters, and that no other company of the canton, nor any other canton, reaches them.
 */
@SpringBootTest
class BeneficiariesTest {

    private static final CantonCode GE = new CantonCode("ge");
    private static final CantonCode BE = new CantonCode("be");
    private static final String IBAN = "CH93 0076 2011 6238 5295 7";
    private static final String QR_IBAN = "CH44 3199 9123 0008 8901 2";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final String QR_REFERENCE = "21 00000 00003 13947 14300 09017";

    @Autowired
    Beneficiaries beneficiaries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Accounts accounts;
    @MockitoBean
    BeneficiaryRequests requests;

    private Actor companyA;
    private Actor companyB;
    private Actor companyInBern;

    @BeforeEach
    void twoCompaniesInGenevaAndOneInBern() {
        TestDatabase.reset(jdbc);
        companyA = TestActors.memberOf("ge", TestCompanies.approved(jdbc, "ge"));
        companyB = TestActors.memberOf("ge", TestCompanies.approved(jdbc, "ge"));
        companyInBern = TestActors.memberOf("be", TestCompanies.approved(jdbc, "be"));
    }

    @Test
    void aBeneficiaryIsCreatedWithItsDecisionsReadAndChanged() {
        BeneficiaryForm form = form("Dupont", "Pierre", 1);
        form.setDecisions(List.of(new DecisionInput("GE-2024-0001", "Moyens auxiliaires"), new DecisionInput(" 123 ", " ")));
        form.setUnderRepresentation(true);
        form.setRepresentativeName("Marie Dupont");
        form.setRepresentativeStreet("Rue du Rhône 1");
        form.setRepresentativePostalCode("1204");
        form.setRepresentativeLocality("Genève");
        form.setIban(QR_IBAN);
        form.setPaymentReference(QR_REFERENCE);
        Beneficiary created = as(GE, () -> beneficiaries.create(companyA, form));

        Beneficiary read = as(GE, () -> beneficiaries.byId(companyA, created.id())).orElseThrow();
        assertThat(read.canton()).isEqualTo("ge");
        assertThat(read.avsNumber().value()).isEqualTo(avs(1).replace(".", ""));
        assertThat(read.representative()).hasValueSatisfying(r -> assertThat(r.address().locality()).isEqualTo("Genève"));
        assertThat(read.bank()).hasValueSatisfying(bank -> {
            assertThat(bank.iban().isQrIban()).isTrue();
            assertThat(bank.paymentReference().orElseThrow().value()).isEqualTo("210000000003139471430009017");
        });
        assertThat(as(GE, () -> beneficiaries.decisionsOf(companyA, created.id())))
                .extracting(BeneficiaryDecision::number).containsExactly("123", "GE-2024-0001");

        BeneficiaryForm edited = BeneficiaryForm.of(read);
        edited.setLastName("Dupont-Favre");
        edited.setUnderRepresentation(false);
        edited.setIban(IBAN);
        edited.setPaymentReference(null);
        edited.setAccountHolder("Pierre Dupont");
        as(GE, () -> beneficiaries.update(companyA, created.id(), edited));

        Beneficiary changed = as(GE, () -> beneficiaries.byId(companyA, created.id())).orElseThrow();
        assertThat(changed.lastName()).isEqualTo("Dupont-Favre");
        assertThat(changed.representative()).isEmpty();
        assertThat(changed.bank().orElseThrow().holder()).contains("Pierre Dupont");
        assertThat(changed.bank().orElseThrow().paymentReference()).isEmpty();
    }

    @Test
    void decisionNumbersAreAddedChangedAndDeletedOneByOne() {
        long id = as(GE, () -> beneficiaries.create(companyA, form("Dupont", "Pierre", 1)).id());
        BeneficiaryDecision decision = as(GE, () -> beneficiaries.addDecision(companyA, id, new DecisionInput("A-1", null)));
        as(GE, () -> beneficiaries.updateDecision(companyA, decision.id(), new DecisionInput("A-2", "Appareillage auditif")));
        assertThat(as(GE, () -> beneficiaries.decisionsOf(companyA, id))).singleElement().satisfies(saved -> {
            assertThat(saved.number()).isEqualTo("A-2");
            assertThat(saved.description()).contains("Appareillage auditif");
        });
        assertThat(problems(() -> beneficiaries.updateDecision(companyA, decision.id(), new DecisionInput("x".repeat(41), null))))
                .containsEntry("number", new Problem("invalid.too-long", 40));

        as(GE, () -> {
            beneficiaries.deleteDecision(companyA, decision.id());
            return null;
        });
        assertThat(as(GE, () -> beneficiaries.decisionsOf(companyA, id))).isEmpty();
    }

    @Test
    void everyWrongFieldIsNamedAndNothingIsSaved() {
        assertThat(problems(() -> beneficiaries.create(companyA, new BeneficiaryForm())))
                .containsEntry("title", new Problem("invalid.required"))
                .containsEntry("lastName", new Problem("invalid.required"))
                .containsEntry("firstName", new Problem("invalid.required"))
                .containsEntry("birthDate", new Problem("invalid.required"))
                .containsEntry("avsNumber", new Problem("invalid.required"))
                .containsEntry("street", new Problem("invalid.required"))
                .containsEntry("locality", new Problem("invalid.required"))
                .doesNotContainKeys("iban", "paymentReference");

        BeneficiaryForm form = form("Dupont", "Pierre3", 1);
        form.setAvsNumber("756.1234.5678.98");
        form.setBirthDate(LocalDate.now(java.time.ZoneId.of("Europe/Zurich")).plusDays(1));
        form.setUnderRepresentation(true);
        form.setIban(QR_IBAN);
        form.setDecisions(List.of(new DecisionInput("ok", null), new DecisionInput("x".repeat(41), null)));
        assertThat(problems(() -> beneficiaries.create(companyA, form)))
                .containsEntry("firstName", new Problem("invalid.name.characters"))
                .containsEntry("avsNumber", new Problem("invalid.avs.check-digit"))
                .containsEntry("birthDate", new Problem("invalid.birth-date"))
                .containsEntry("representativeName", new Problem("invalid.required"))
                .containsEntry("representativeStreet", new Problem("invalid.required"))
                .containsEntry("paymentReference", new Problem("invalid.beneficiary.qr-iban-needs-reference"))
                .containsEntry("decisions[1].number", new Problem("invalid.too-long", 40))
                .doesNotContainKey("decisions[0].number");

        BeneficiaryForm plainIban = form("Dupont", "Pierre", 1);
        plainIban.setIban(IBAN);
        plainIban.setPaymentReference(QR_REFERENCE);
        assertThat(problems(() -> beneficiaries.create(companyA, plainIban)))
                .containsOnlyKeys("paymentReference")
                .containsEntry("paymentReference", new Problem("invalid.beneficiary.reference-without-qr-iban"));

        BeneficiaryForm wrongReference = form("Dupont", "Pierre", 1);
        wrongReference.setIban(QR_IBAN);
        wrongReference.setPaymentReference("210000000003139471430009018");
        assertThat(problems(() -> beneficiaries.create(companyA, wrongReference)))
                .containsOnlyKeys("paymentReference")
                .containsEntry("paymentReference", new Problem("invalid.qr-reference.check-digit"));

        assertThat(jdbc.queryForObject("select count(*) from beneficiary", Integer.class)).isZero();
    }

    @Test
    void anAvsNumberIsRecordedOncePerCompany() {
        as(GE, () -> beneficiaries.create(companyA, form("Dupont", "Pierre", 1)));
        assertThat(problems(() -> beneficiaries.create(companyA, form("Dupond", "Paul", 1))))
                .containsOnlyKeys("avsNumber").containsEntry("avsNumber", new Problem("invalid.beneficiary.avs-taken"));
        // another company, or the same person edited, is no duplicate
        as(GE, () -> beneficiaries.create(companyB, form("Dupont", "Pierre", 1)));
        Beneficiary again = as(GE, () -> beneficiaries.page(companyA, BeneficiaryFilter.NONE, 0, 10, BeneficiarySort.NAME)).getFirst();
        as(GE, () -> beneficiaries.update(companyA, again.id(), BeneficiaryForm.of(again)));
    }

    @Test
    void theGridFiltersByNameWordsAndByTheStartOfTheAvsNumber() {
        as(GE, () -> {
            beneficiaries.create(companyA, form("Dupont", "Pierre", 1));
            beneficiaries.create(companyA, form("Dupuis", "Anne", 2));
            beneficiaries.create(companyA, form("Müller", "Jean-Pierre", 3));
            beneficiaries.create(companyA, form("Favre", "Zoé", 40));
            beneficiaries.create(companyA, form("Bally", "Paul", 41));
            beneficiaries.create(companyB, form("Dupont", "Pierre", 1));
            return null;
        });
        assertThat(names(new BeneficiaryFilter(null, null))).containsExactly("Bally", "Dupont", "Dupuis", "Favre", "Müller");
        assertThat(names(new BeneficiaryFilter("dup", ""))).containsExactly("Dupont", "Dupuis");
        assertThat(names(new BeneficiaryFilter(" pierre ", null))).containsExactly("Dupont");
        assertThat(names(new BeneficiaryFilter("jean", null))).containsExactly("Müller");
        assertThat(names(new BeneficiaryFilter("Pierre Dup", null))).containsExactly("Dupont");
        assertThat(names(new BeneficiaryFilter("%", null))).isEmpty();
        assertThat(names(new BeneficiaryFilter("_upont", null))).isEmpty();
        assertThat(names(new BeneficiaryFilter(null, avs(40).substring(0, 14)))).containsExactly("Bally", "Favre");
        assertThat(names(new BeneficiaryFilter(null, avs(41)))).containsExactly("Bally");
        assertThat(names(new BeneficiaryFilter("dup", avs(2)))).containsExactly("Dupuis");
        assertThat(as(GE, () -> beneficiaries.count(companyA, new BeneficiaryFilter("dup", null)))).isEqualTo(2);
        assertThat(as(GE, () -> beneficiaries.count(companyA, BeneficiaryFilter.NONE))).isEqualTo(5);

        assertThat(as(GE, () -> beneficiaries.page(companyA, BeneficiaryFilter.NONE, 1, 2, BeneficiarySort.NAME)))
                .extracting(Beneficiary::lastName).containsExactly("Dupont", "Dupuis");
        assertThat(as(GE, () -> beneficiaries.page(companyA, BeneficiaryFilter.NONE, 0, 5, BeneficiarySort.AVS_NUMBER)))
                .extracting(Beneficiary::lastName).containsExactly("Dupont", "Dupuis", "Müller", "Favre", "Bally");
        assertThat(as(GE, () -> beneficiaries.page(companyA, BeneficiaryFilter.NONE, 5, 5, BeneficiarySort.NAME))).isEmpty();
    }

    @Test
    void aBeneficiaryWithoutRequestsIsDeletedWithItsDecisions() {
        BeneficiaryForm form = form("Dupont", "Pierre", 1);
        form.setDecisions(List.of(new DecisionInput("A-1", null)));
        long id = as(GE, () -> beneficiaries.create(companyA, form).id());

        assertThat(as(GE, () -> beneficiaries.delete(companyA, id))).isEqualTo(Beneficiaries.Removal.DELETED);
        assertThat(jdbc.queryForObject("select count(*) from beneficiary", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from beneficiary_decision", Integer.class)).isZero();
    }

    @Test
    void aBeneficiaryWithRequestsIsArchivedNotDestroyed() {
        long id = as(GE, () -> beneficiaries.create(companyA, form("Dupont", "Pierre", 1)).id());
        when(requests.existFor(id)).thenReturn(true);

        assertThat(as(GE, () -> beneficiaries.delete(companyA, id))).isEqualTo(Beneficiaries.Removal.ARCHIVED);
        assertThat(as(GE, () -> beneficiaries.byId(companyA, id))).hasValueSatisfying(b -> assertThat(b.isArchived()).isTrue());
        assertThat(as(GE, () -> beneficiaries.count(companyA, BeneficiaryFilter.NONE))).isZero();
        assertThat(as(GE, () -> beneficiaries.page(companyA, BeneficiaryFilter.NONE, 0, 10, BeneficiarySort.NAME))).isEmpty();
        assertThatThrownBy(() -> as(GE, () -> beneficiaries.update(companyA, id, form("Dupont", "Pierre", 1))))
                .isInstanceOf(UnknownBeneficiaryException.class);
        // the person may be recorded again
        as(GE, () -> beneficiaries.create(companyA, form("Dupont", "Pierre", 1)));
    }

    @Test
    void anotherCompanyCannotReadChangeOrDeleteAnything() {
        BeneficiaryForm form = form("Dupont", "Pierre", 1);
        form.setDecisions(List.of(new DecisionInput("A-1", null)));
        long id = as(GE, () -> beneficiaries.create(companyA, form).id());
        long decisionId = as(GE, () -> beneficiaries.decisionsOf(companyA, id)).getFirst().id();
        when(requests.existFor(id)).thenReturn(true);

        as(GE, () -> {
            assertThat(beneficiaries.byId(companyB, id)).isEmpty();
            assertThat(beneficiaries.decisionsOf(companyB, id)).isEmpty();
            assertThat(beneficiaries.page(companyB, BeneficiaryFilter.NONE, 0, 10, BeneficiarySort.NAME)).isEmpty();
            assertThat(beneficiaries.count(companyB, BeneficiaryFilter.NONE)).isZero();
            assertUnknown(() -> beneficiaries.update(companyB, id, form("Pirate", "Paul", 9)));
            assertUnknown(() -> beneficiaries.delete(companyB, id));
            assertUnknown(() -> beneficiaries.addDecision(companyB, id, new DecisionInput("B-1", null)));
            assertUnknown(() -> beneficiaries.updateDecision(companyB, decisionId, new DecisionInput("B-1", null)));
            assertUnknown(() -> {
                beneficiaries.deleteDecision(companyB, decisionId);
                return null;
            });
            return null;
        });
        assertUnchanged(id);
    }

    @Test
    void bernReachesNothingOfGenevaEvenWithTheSameCompanyId() {
        BeneficiaryForm form = form("Dupont", "Pierre", 1);
        form.setDecisions(List.of(new DecisionInput("A-1", null)));
        long id = as(GE, () -> beneficiaries.create(companyA, form).id());
        long decisionId = as(GE, () -> beneficiaries.decisionsOf(companyA, id)).getFirst().id();

        // a Bern user whose company id is the Geneva company's (ids are shared by cantons, rows are not)
        as(BE, () -> {
            assertThat(beneficiaries.byId(companyA, id)).isEmpty();
            assertThat(beneficiaries.decisionsOf(companyA, id)).isEmpty();
            assertThat(beneficiaries.page(companyA, BeneficiaryFilter.NONE, 0, 10, BeneficiarySort.NAME)).isEmpty();
            assertThat(beneficiaries.count(companyA, new BeneficiaryFilter("dup", null))).isZero();
            assertUnknown(() -> beneficiaries.update(companyA, id, form("Pirate", "Paul", 9)));
            assertUnknown(() -> beneficiaries.delete(companyA, id));
            assertUnknown(() -> beneficiaries.addDecision(companyA, id, new DecisionInput("B-1", null)));
            assertUnknown(() -> beneficiaries.updateDecision(companyA, decisionId, new DecisionInput("B-1", null)));
            assertUnknown(() -> {
                beneficiaries.deleteDecision(companyA, decisionId);
                return null;
            });
            assertThat(beneficiaries.byId(companyInBern, id)).isEmpty();
            return null;
        });
        assertUnchanged(id);
    }

    @Test
    void anIndividualKeepsBeneficiariesThroughTheSameServiceAndNobodyElseReachesThem() {
        long marieId = representativeOfGeneva("Marie");
        Actor marie = TestActors.individual("ge", marieId);
        Actor paul = TestActors.individual("ge", representativeOfGeneva("Paul"));
        Actor marieInBern = TestActors.individual("be", marieId);
        BeneficiaryForm form = form("Dupont", "Lucie", 1);
        form.setDecisions(List.of(new DecisionInput("A-1", null)));
        form.setProcuration(TestBeneficiaries.procuration("procuration.pdf", PDF));
        long id = as(GE, () -> beneficiaries.create(marie, form).id());
        long decisionId = as(GE, () -> beneficiaries.decisionsOf(marie, id)).getFirst().id();
        assertThat(jdbc.queryForMap("select owner_account_id, owner_company_id from beneficiary where id = ?", id))
                .containsEntry("owner_account_id", marieId).containsEntry("owner_company_id", null);
        assertThat(as(GE, () -> beneficiaries.page(marie, new BeneficiaryFilter("luc", null), 0, 10, BeneficiarySort.NAME)))
                .singleElement().satisfies(b -> assertThat(b.hasProcuration()).isTrue());
        assertThat(as(GE, () -> beneficiaries.count(marie, BeneficiaryFilter.NONE))).isEqualTo(1);
        // the same AVS number may be recorded by a company too: its own row
        as(GE, () -> beneficiaries.create(companyA, form("Dupont", "Marc", 1)));

        for (Actor other : List.of(paul, companyA, TestActors.memberOf("ge", marieId))) {
            assertNothingReached(GE, other, id, decisionId);
        }
        assertNothingReached(BE, marieInBern, id, decisionId);
        Actor office = TestActors.officeAdmin("ge"); // reads procurations (the document store), never owns beneficiaries
        as(GE, () -> {
            assertThat(beneficiaries.page(office, BeneficiaryFilter.NONE, 0, 10, BeneficiarySort.NAME)).isEmpty();
            assertThat(beneficiaries.byId(office, id)).isEmpty();
            assertUnknown(() -> beneficiaries.update(office, id, form("Pirate", "Paul", 9)));
            assertThatThrownBy(() -> beneficiaries.create(office, form("Pirate", "Paul", 9)))
                    .isInstanceOf(Actor.NotAllowedException.class);
            return null;
        });
        assertThat(jdbc.queryForObject("select last_name from beneficiary where id = ?", String.class, id)).isEqualTo("Dupont");
    }

    @Test
    void aProcurationIsSavedWithTheBeneficiaryReplacedAndDeletedWithIt() {
        BeneficiaryForm form = form("Dupont", "Pierre", 1);
        form.setProcuration(TestBeneficiaries.procuration("C:\\scans\\procuration.pdf", PDF));
        long id = as(GE, () -> beneficiaries.create(companyA, form).id());

        assertThat(as(GE, () -> beneficiaries.byId(companyA, id)).orElseThrow().hasProcuration()).isTrue();
        Read stored = as(GE, () -> procuration(companyA, id)).orElseThrow();
        assertThat(stored.document().fileName()).isEqualTo("procuration.pdf");
        assertThat(stored.document().type()).isEqualTo(DocumentType.PDF);
        assertThat(stored.content()).isEqualTo(PDF);
        assertThat(jdbc.queryForMap("""
                select d.canton, d.media_type, d.size_bytes, d.sha256 from beneficiary_procuration p
                join document d on d.canton = p.canton and d.id = p.document_id"""))
                .containsEntry("canton", "ge").containsEntry("media_type", "application/pdf")
                .containsEntry("size_bytes", (long) PDF.length)
                .containsEntry("sha256", TestBeneficiaries.procuration("x.pdf", PDF).sha256());

        BeneficiaryForm edited = BeneficiaryForm.of(as(GE, () -> beneficiaries.byId(companyA, id)).orElseThrow());
        edited.setProcuration(TestBeneficiaries.procuration("signee.png", PNG));
        as(GE, () -> beneficiaries.update(companyA, id, edited));
        assertThat(as(GE, () -> procuration(companyA, id)).orElseThrow().document().type()).isEqualTo(DocumentType.PNG);
        assertThat(jdbc.queryForObject("select count(*) from beneficiary_procuration", Integer.class)).isOne();
        // the replaced file is gone from the document store
        assertThat(jdbc.queryForObject("select count(*) from document", Integer.class)).isOne();
        // an edit without a new file keeps the present one
        as(GE, () -> beneficiaries.update(companyA, id, BeneficiaryForm.of(beneficiaries.byId(companyA, id).orElseThrow())));
        assertThat(as(GE, () -> procuration(TestActors.officeAgent("ge"), id))).hasValueSatisfying(
                file -> assertThat(file.document().fileName()).isEqualTo("signee.png"));

        as(GE, () -> beneficiaries.delete(companyA, id));
        assertThat(jdbc.queryForObject("select count(*) from beneficiary_procuration", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from document", Integer.class)).isZero();
    }

    @Test
    void aRejectedFormSavesNeitherTheBeneficiaryNorItsProcuration() {
        BeneficiaryForm form = form("Dupont", "Pierre", 1);
        form.setIban("CH93 0076 2011 6238 5295 8");
        form.setProcuration(TestBeneficiaries.procuration("procuration.pdf", PDF));
        assertThat(problems(() -> beneficiaries.create(companyA, form))).containsOnlyKeys("iban");
        assertThat(jdbc.queryForObject("select count(*) from beneficiary", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from beneficiary_procuration", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from document", Integer.class)).isZero();

        long id = as(GE, () -> beneficiaries.create(companyA, form("Dupont", "Pierre", 1)).id());
        BeneficiaryForm edited = form("Dupont", "", 1);
        edited.setProcuration(TestBeneficiaries.procuration("procuration.pdf", PDF));
        assertThat(problems(() -> beneficiaries.update(companyA, id, edited))).containsOnlyKeys("firstName");
        assertThat(jdbc.queryForObject("select count(*) from beneficiary_procuration", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from document", Integer.class)).isZero();
    }

    @Test
    void anotherCompanyOrCantonCannotReadOrReplaceAProcuration() {
        BeneficiaryForm form = form("Dupont", "Pierre", 1);
        form.setProcuration(TestBeneficiaries.procuration("procuration.pdf", PDF));
        long id = as(GE, () -> beneficiaries.create(companyA, form).id());

        BeneficiaryForm pirate = form("Dupont", "Pierre", 1);
        pirate.setProcuration(TestBeneficiaries.procuration("fausse.png", PNG));
        as(GE, () -> {
            assertThat(procuration(companyB, id)).isEmpty();
            assertUnknown(() -> beneficiaries.update(companyB, id, pirate));
            return null;
        });
        as(BE, () -> {
            assertThat(procuration(companyA, id)).isEmpty();
            assertThat(procuration(companyInBern, id)).isEmpty();
            // the office of Bern does not find a Geneva procuration
            assertThat(procuration(TestActors.officeAgent("be"), id)).isEmpty();
            assertUnknown(() -> beneficiaries.update(companyA, id, pirate));
            return null;
        });
        assertThat(as(GE, () -> procuration(companyA, id)).orElseThrow().document().type()).isEqualTo(DocumentType.PDF);
    }

    @Test
    void theInvoiceFormsRecordADecisionNumberOnlyOnce() {
        long id = as(GE, () -> beneficiaries.create(companyA, form("Dupont", "Pierre", 1)).id());
        BeneficiaryDecision first = as(GE, () -> beneficiaries.recordDecision(companyA, id, new DecisionInput(" A-1 ", null)));
        BeneficiaryDecision again = as(GE, () -> beneficiaries.recordDecision(companyA, id, new DecisionInput("A-1", "Fauteuil")));
        as(GE, () -> beneficiaries.recordDecision(companyA, id, new DecisionInput("A-1", " ")));
        as(GE, () -> beneficiaries.recordDecision(companyA, id, new DecisionInput("B-2", null)));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(as(GE, () -> beneficiaries.decisionsOf(companyA, id)))
                .extracting(BeneficiaryDecision::number, d -> d.description().orElse(null))
                .containsExactly(tuple("A-1", "Fauteuil"), tuple("B-2", null));
        assertThat(problems(() -> beneficiaries.recordDecision(companyA, id, new DecisionInput("", null))))
                .containsEntry("number", new Problem("invalid.required"));
        as(GE, () -> {
            assertUnknown(() -> beneficiaries.recordDecision(companyB, id, new DecisionInput("C-3", null)));
            return null;
        });
        assertThat(as(GE, () -> beneficiaries.decisionsOf(companyA, id))).hasSize(2);
    }

    private void assertNothingReached(CantonCode canton, Actor other, long id, long decisionId) {
        as(canton, () -> {
            assertThat(beneficiaries.byId(other, id)).isEmpty();
            assertThat(beneficiaries.decisionsOf(other, id)).isEmpty();
            assertThat(procuration(other, id)).isEmpty();
            assertThat(beneficiaries.page(other, new BeneficiaryFilter("luc", null), 0, 10, BeneficiarySort.NAME)).isEmpty();
            assertUnknown(() -> beneficiaries.update(other, id, form("Pirate", "Paul", 9)));
            assertUnknown(() -> beneficiaries.delete(other, id));
            assertUnknown(() -> beneficiaries.addDecision(other, id, new DecisionInput("B-1", null)));
            assertUnknown(() -> beneficiaries.updateDecision(other, decisionId, new DecisionInput("B-1", null)));
            assertUnknown(() -> {
                beneficiaries.deleteDecision(other, decisionId);
                return null;
            });
            return null;
        });
    }

    private void assertUnchanged(long id) {
        assertThat(jdbc.queryForObject("select last_name from beneficiary where id = ? and archived = false", String.class, id))
                .isEqualTo("Dupont");
        assertThat(jdbc.queryForList("select decision_number from beneficiary_decision where beneficiary_id = ?",
                String.class, id)).containsExactly("A-1");
    }

    private static void assertUnknown(Supplier<?> call) {
        assertThatThrownBy(call::get).isInstanceOf(UnknownBeneficiaryException.class);
    }

    private List<String> names(BeneficiaryFilter filter) {
        return as(GE, () -> beneficiaries.page(companyA, filter, 0, 50, BeneficiarySort.NAME)).stream()
                .map(Beneficiary::lastName).toList();
    }

    private static Map<String, Problem> problems(Supplier<?> call) {
        try {
            as(GE, call);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("the form was accepted");
    }

    private long representativeOfGeneva(String firstName) {
        return as(GE, () -> accounts.create(TestAccounts.representative(firstName, "Dupont"), null).id());
    }

    /** A procuration as read back through the document store, with its content. */
    record Read(StoredDocument document, byte[] content) {
    }

    private Optional<Read> procuration(Actor actor, long beneficiaryId) {
        AtomicReference<Read> read = new AtomicReference<>();
        boolean found = beneficiaries.readProcuration(actor, beneficiaryId,
                (document, content) -> read.set(new Read(document, content.readAllBytes())));
        assertThat(found).isEqualTo(read.get() != null);
        return Optional.ofNullable(read.get());
    }

    private static <T> T as(CantonCode canton, Supplier<T> work) {
        return TenantContext.callAs(canton, work);
    }
}
