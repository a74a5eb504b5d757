package ch.guichetai.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.BankAccount;
import ch.guichetai.account.NewAccount;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.beneficiary.BeneficiaryDecision;
import ch.guichetai.beneficiary.BeneficiaryForm;
import ch.guichetai.beneficiary.BeneficiaryForm.DecisionInput;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.companyadmin.CompanyBankAccounts;
import ch.guichetai.identity.Actor;
import ch.guichetai.paging.Rows;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Iban;
import ch.guichetai.request.NewRequest;
import ch.guichetai.request.RequestDecisions;
import ch.guichetai.request.RequestHeader;
import ch.guichetai.request.Requests;
import ch.guichetai.request.SentRequest;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestAuditTrail;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.testdata.TestCompanies;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.testdata.TestRequests;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change the services make to a request, a beneficiary, a procuration or a bank account, and
 * every office decision on a request, records exactly its event (who, what, which) in the audit
 * trail, in the change's transaction (ADR 0039). The members' and companies' changes need
 * Keycloak: they are tested in ui-vaadin ({@code AuditedMembersAndCompaniesTest}).
 */
@SpringBootTest
class AuditedChangesTest {

    private static final CantonCode GE = new CantonCode("ge");
    private static final Actor GE_ADMIN = TestActors.officeAdmin("ge");
    private static final Actor GE_AGENT = TestActors.officeAgent("ge");
    private static final String IBAN_B = "CH44 3199 9123 0008 8901 2";
    private static final String IBAN_C = "CH56 0483 5012 3456 7800 9";

    @Autowired
    AuditTrail audit;
    @Autowired
    Accounts accounts;
    @Autowired
    CompanyBankAccounts companyBankAccounts;
    @Autowired
    Beneficiaries beneficiaries;
    @Autowired
    Requests requests;
    @Autowired
    RequestDecisions decisions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private Actor pierre;
    private Actor gerant;

    @BeforeEach
    void aPersonAndACompanyOfGeneva() {
        TestDatabase.reset(jdbc);
        pierre = verified(TestAccounts.beneficiary("Pierre", "Dupont"), TestBankAccounts.IBAN);
        long company = TestCompanies.approved(jdbc, "ge");
        gerant = verified(TestAccounts.member(company, Account.CompanyRole.MANAGER, "Gérard", "Léman"),
                TestBankAccounts.IBAN);
    }

    @Test
    void aPersonsBankAccountsAddedChangedRemoved() {
        BankAccount[] added = new BankAccount[1];
        assertThat(recordedBy(() -> added[0] = accounts.addBankAccount(pierre, IBAN_B, "Pierre Dupont")))
                .extracting(AuditEvent::action, AuditEvent::targetType, AuditEvent::targetId, AuditEvent::actorSubject,
                        AuditEvent::actorEmail, AuditEvent::actorAccountId, AuditEvent::summary)
                .containsExactly(tuple(AuditAction.BANK_ACCOUNT_ADDED, AuditTrail.BANK_ACCOUNT, added[0].id(),
                        pierre.subject(), pierre.email(), pierre.accountId(), "CH44 … 9012, Pierre Dupont"));
        long id = added[0].id();

        assertThat(recordedBy(() -> accounts.changeBankAccount(pierre, id, IBAN_C, "P. Dupont")))
                .extracting(AuditEvent::action, AuditEvent::targetId, AuditEvent::summary)
                .containsExactly(tuple(AuditAction.BANK_ACCOUNT_CHANGED, id,
                        "CH44 … 9012, Pierre Dupont → CH56 … 8009, P. Dupont"));
        assertThat(recordedBy(() -> accounts.removeBankAccount(pierre, id)))
                .extracting(AuditEvent::action, AuditEvent::targetId, AuditEvent::summary)
                .containsExactly(tuple(AuditAction.BANK_ACCOUNT_REMOVED, id, "CH56 … 8009, P. Dupont"));
        assertThat(all()).as("no full IBAN in the trail").extracting(AuditEvent::summary)
                .noneMatch(summary -> summary.replace(" ", "").contains("CH4431999123"));
    }

    @Test
    void aCompanysBankAccountsAddedChangedRemoved() {
        BankAccount[] added = new BankAccount[1];
        assertThat(recordedBy(() -> added[0] = companyBankAccounts.add(gerant, IBAN_B, "Léman SA")))
                .extracting(AuditEvent::action, AuditEvent::targetId, AuditEvent::actorSubject, AuditEvent::summary)
                .containsExactly(tuple(AuditAction.COMPANY_BANK_ACCOUNT_ADDED, added[0].id(), gerant.subject(),
                        "CH44 … 9012, Léman SA"));
        long id = added[0].id();

        assertThat(recordedBy(() -> companyBankAccounts.change(gerant, id, IBAN_C, "Léman SA")))
                .extracting(AuditEvent::action, AuditEvent::targetId, AuditEvent::summary)
                .containsExactly(tuple(AuditAction.COMPANY_BANK_ACCOUNT_CHANGED, id,
                        "CH44 … 9012, Léman SA → CH56 … 8009, Léman SA"));
        assertThat(recordedBy(() -> companyBankAccounts.remove(gerant, id)))
                .extracting(AuditEvent::action, AuditEvent::targetId, AuditEvent::summary)
                .containsExactly(tuple(AuditAction.COMPANY_BANK_ACCOUNT_REMOVED, id, "CH56 … 8009, Léman SA"));
    }

    @Test
    void aBeneficiaryCreatedChangedDeletedWithItsProcurationAndDecisions() {
        long[] created = new long[1];
        assertThat(recordedBy(() -> created[0] = beneficiaries.create(gerant, TestBeneficiaries.form("Favre", "Lucie", 2)).id()))
                .extracting(AuditEvent::action, AuditEvent::targetType, AuditEvent::targetId, AuditEvent::actorSubject,
                        AuditEvent::summary)
                .containsExactly(tuple(AuditAction.BENEFICIARY_CREATED, AuditTrail.BENEFICIARY, created[0],
                        gerant.subject(), "Favre Lucie"));
        long id = created[0];

        BeneficiaryForm changed = TestBeneficiaries.form("Favre", "Lucie-Anne", 2);
        assertThat(recordedBy(() -> beneficiaries.update(gerant, id, changed)))
                .extracting(AuditEvent::action, AuditEvent::targetId, AuditEvent::summary)
                .containsExactly(tuple(AuditAction.BENEFICIARY_CHANGED, id, "Favre Lucie-Anne"));

        changed.setProcuration(TestBeneficiaries.procuration("procuration.pdf", TestBeneficiaries.PDF));
        assertThat(recordedBy(() -> beneficiaries.update(gerant, id, changed)))
                .extracting(AuditEvent::action, AuditEvent::targetId).containsExactly(
                        tuple(AuditAction.PROCURATION_ADDED, id), tuple(AuditAction.BENEFICIARY_CHANGED, id));
        changed.setProcuration(TestBeneficiaries.procuration("procuration 2.pdf", TestBeneficiaries.PDF));
        assertThat(recordedBy(() -> beneficiaries.update(gerant, id, changed)))
                .extracting(AuditEvent::action).containsExactly(AuditAction.PROCURATION_REPLACED,
                        AuditAction.BENEFICIARY_CHANGED);

        BeneficiaryDecision[] decision = new BeneficiaryDecision[1];
        assertThat(recordedBy(() -> decision[0] = beneficiaries.addDecision(gerant, id, new DecisionInput("A-1", null))))
                .extracting(AuditEvent::action, AuditEvent::targetId, AuditEvent::summary)
                .containsExactly(tuple(AuditAction.BENEFICIARY_DECISION_ADDED, id, "Favre Lucie-Anne, A-1"));
        assertThat(recordedBy(() -> beneficiaries.updateDecision(gerant, decision[0].id(),
                new DecisionInput("A-2", "Moyens auxiliaires"))))
                .extracting(AuditEvent::action, AuditEvent::summary)
                .containsExactly(tuple(AuditAction.BENEFICIARY_DECISION_CHANGED, "Favre Lucie-Anne, A-2"));
        assertThat(recordedBy(() -> beneficiaries.recordDecision(gerant, id, new DecisionInput("A-2", "Moyens auxiliaires"))))
                .as("recording a decision already there changes nothing").isEmpty();
        assertThat(recordedBy(() -> beneficiaries.deleteDecision(gerant, decision[0].id())))
                .extracting(AuditEvent::action, AuditEvent::summary)
                .containsExactly(tuple(AuditAction.BENEFICIARY_DECISION_REMOVED, "Favre Lucie-Anne, A-2"));

        assertThat(recordedBy(() -> assertThat(beneficiaries.delete(gerant, id)).isEqualTo(Beneficiaries.Removal.DELETED)))
                .extracting(AuditEvent::action, AuditEvent::targetId).containsExactly(
                        tuple(AuditAction.BENEFICIARY_DELETED, id), tuple(AuditAction.PROCURATION_REMOVED, id));
    }

    @Test
    void aRequestSentDecidedAndCorrectedAndItsBeneficiaryArchived() {
        long beneficiary = as(() -> beneficiaries.create(gerant, TestBeneficiaries.form("Favre", "Lucie", 2))).id();
        SentRequest[] sent = new SentRequest[2];
        assertThat(recordedBy(() -> sent[0] = requests.send(gerant, request(Optional.of(beneficiary)))))
                .extracting(AuditEvent::action, AuditEvent::targetType, AuditEvent::targetId, AuditEvent::actorSubject,
                        AuditEvent::summary)
                .containsExactly(tuple(AuditAction.REQUEST_SENT, AuditTrail.REQUEST, sent[0].id(), gerant.subject(),
                        sent[0].reference() + ", 318.632.1"));
        long id = sent[0].id();

        assertThat(recordedBy(() -> decisions.askCorrection(GE_AGENT, id, "Joindre la facture")))
                .extracting(AuditEvent::action, AuditEvent::targetId, AuditEvent::actorSubject,
                        AuditEvent::actorAccountId, AuditEvent::summary)
                .containsExactly(tuple(AuditAction.REQUEST_CORRECTION_ASKED, id, GE_AGENT.subject(), Optional.empty(),
                        "IN_PROGRESS → TO_COMPLETE"));
        NewRequest correction = request(Optional.of(beneficiary));
        assertThat(recordedBy(() -> requests.correct(gerant, id, correction)))
                .extracting(AuditEvent::action, AuditEvent::targetId, AuditEvent::actorSubject, AuditEvent::summary)
                .containsExactly(tuple(AuditAction.REQUEST_CORRECTED, id, gerant.subject(), "TO_COMPLETE → IN_PROGRESS"));
        assertThat(recordedBy(() -> requests.correct(gerant, id, correction))).as("the same correction again").isEmpty();
        assertThat(recordedBy(() -> decisions.accept(GE_ADMIN, id)))
                .extracting(AuditEvent::action, AuditEvent::targetId, AuditEvent::actorSubject)
                .containsExactly(tuple(AuditAction.REQUEST_ACCEPTED, id, GE_ADMIN.subject()));

        sent[1] = as(() -> requests.send(pierre, request(Optional.empty())));
        assertThat(recordedBy(() -> decisions.refuse(GE_AGENT, sent[1].id(), "Hors délai")))
                .extracting(AuditEvent::action, AuditEvent::targetId)
                .containsExactly(tuple(AuditAction.REQUEST_REFUSED, sent[1].id()));

        assertThat(recordedBy(() -> assertThat(beneficiaries.delete(gerant, beneficiary))
                .isEqualTo(Beneficiaries.Removal.ARCHIVED)))
                .extracting(AuditEvent::action, AuditEvent::targetId)
                .containsExactly(tuple(AuditAction.BENEFICIARY_ARCHIVED, beneficiary));
    }

    @Test
    void aChangeRolledBackRecordsNothing() {
        assertThatThrownBy(() -> TenantContext.runAs(GE, () -> transactions.executeWithoutResult(status -> {
            accounts.addBankAccount(pierre, IBAN_B, "Pierre Dupont");
            throw new IllegalStateException("something after the change failed");
        }))).isInstanceOf(IllegalStateException.class);

        assertThat(count()).isZero();
        assertThat(as(() -> accounts.bankAccountsOf(pierre))).hasSize(1);
    }

    private static NewRequest request(Optional<Long> beneficiary) {
        return new NewRequest(UUID.randomUUID(), new RequestHeader(beneficiary, Iban.of(TestBankAccounts.IBAN),
                DecisionNumber.of("325 2025 1000896"), null, false, null), TestRequests.seed004(), List.of());
    }

    private Actor verified(NewAccount account, String iban) {
        return TestActors.actor(as(() -> accounts.create(account.withEmailVerified(), TestBankAccounts.draft(iban, "Titulaire"))));
    }

    private List<AuditEvent> recordedBy(Runnable change) {
        return TestAuditTrail.recordedBy(audit, "ge", change);
    }

    private List<AuditEvent> all() {
        return as(() -> audit.page(GE_ADMIN, AuditFilter.NONE, new Rows(0, 100)));
    }

    private long count() {
        return as(() -> audit.count(GE_ADMIN, AuditFilter.NONE));
    }

    private static <T> T as(Supplier<T> work) {
        return TenantContext.callAs(GE, work);
    }
}
