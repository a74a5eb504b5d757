package ch.guichetai.request;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.beneficiary.BeneficiaryForm;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.document.StoredDocument;
import ch.guichetai.identity.Actor;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Iban;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.testdata.TestCompanies;
import ch.guichetai.testdata.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The office reads the signed procuration of a request's beneficiary through the request: the
 * office staff of the request's canton only; another canton's office, the owner's colleagues of
 * another company and the owner themself get nothing (they have the beneficiary's own page).
 */
@SpringBootTest
class BeneficiaryProcurationForOfficeTest {

    private static final CantonCode GE = new CantonCode("ge");

    @Autowired
    Requests requests;
    @Autowired
    Beneficiaries beneficiaries;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @TestBean
    Clock clock;

    static Clock clock() {
        return RequestsTest.clock();
    }

    private Actor manager;
    private Actor otherCompany;
    private Actor alice;
    private long companysRequest;
    private long alicesOwnRequest;

    @BeforeEach
    void aCompanyBillsForABeneficiaryWithAProcuration() {
        TestDatabase.reset(jdbc);
        manager = verified(TestAccounts.member(TestCompanies.approved(jdbc, "ge"), Account.CompanyRole.MANAGER,
                "Claire", "Rochat"), TestBankAccounts.IBAN);
        otherCompany = verified(TestAccounts.member(TestCompanies.approved(jdbc, "ge"), Account.CompanyRole.MANAGER,
                "Oscar", "Autre"), null);
        alice = verified(TestAccounts.beneficiary("Alice", "Martin"), TestBankAccounts.IBAN);
        as(() -> {
            BeneficiaryForm form = TestBeneficiaries.form("Dupont", "Pierre", 1);
            form.setProcuration(TestBeneficiaries.procuration("procuration signée.pdf", TestBeneficiaries.PDF));
            long beneficiary = beneficiaries.create(manager, form).id();
            companysRequest = requests.send(manager, request(Optional.of(beneficiary))).id();
            alicesOwnRequest = requests.send(alice, request(Optional.empty())).id();
            return null;
        });
    }

    @Test
    void theOfficeOfTheCantonReadsIt() {
        for (Actor office : List.of(TestActors.officeAgent("ge"), TestActors.officeAdmin("ge"))) {
            Optional<StoredDocument> procuration = as(() -> requests.beneficiaryProcuration(office, companysRequest));
            assertThat(procuration).map(StoredDocument::fileName).contains("procuration signée.pdf");
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            assertThat(as(() -> requests.readBeneficiaryProcuration(office, companysRequest,
                    (document, in) -> in.transferTo(content)))).isTrue();
            assertThat(content.toByteArray()).isEqualTo(TestBeneficiaries.PDF);
        }
    }

    @Test
    void nobodyElseReadsItThroughTheRequest() {
        List<Actor> strangers = List.of(manager, otherCompany, alice, TestActors.officeAgent("be"),
                new Actor(new CantonCode("be"), manager.subject(), manager.email(), manager.roles(), manager.accountId(),
                        manager.companyId()));
        for (Actor stranger : strangers) {
            assertThat(as(() -> requests.beneficiaryProcuration(stranger, companysRequest))).as(stranger.toString()).isEmpty();
            assertThat(as(() -> requests.readBeneficiaryProcuration(stranger, companysRequest, (document, in) -> {
                throw new AssertionError("read by " + stranger);
            }))).isFalse();
        }
        // Bern's office on Bern's portal does not find Geneva's request
        Actor bern = TestActors.officeAgent("be");
        assertThat(TenantContext.callAs(new CantonCode("be"), () -> requests.beneficiaryProcuration(bern, companysRequest)))
                .isEmpty();
    }

    @Test
    void aRequestForThePersonThemselfHasNone() {
        assertThat(as(() -> requests.beneficiaryProcuration(TestActors.officeAgent("ge"), alicesOwnRequest))).isEmpty();
        assertThat(as(() -> requests.beneficiaryProcuration(TestActors.officeAgent("ge"), companysRequest + 1000)))
                .isEmpty();
    }

    private static NewRequest request(Optional<Long> beneficiary) {
        RequestHeader header = new RequestHeader(beneficiary, Iban.of(TestBankAccounts.IBAN),
                DecisionNumber.of("325 2025 1000896"), null, false, null);
        return new NewRequest(UUID.randomUUID(), header, PricingTest.seed004(), List.of());
    }

    private Actor verified(ch.guichetai.account.NewAccount account, String iban) {
        return TestActors.actor(as(() -> accounts.create(account.withEmailVerified(),
                iban == null ? null : TestBankAccounts.draft(iban, "Titulaire"))));
    }

    private static <T> T as(Supplier<T> work) {
        return TenantContext.callAs(GE, work);
    }
}
