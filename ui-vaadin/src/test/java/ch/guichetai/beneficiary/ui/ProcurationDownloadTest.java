package ch.guichetai.beneficiary.ui;

import static ch.guichetai.testdata.TestBeneficiaries.PDF;
import static ch.guichetai.testdata.TestBeneficiaries.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.beneficiary.BeneficiaryForm;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.testdata.TestCompanies;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.testdata.TestLogins;
import ch.guichetai.testdata.TestWeb;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The procuration's download URL through the real filter chain (canton by host, Spring Security):
 * the owning company's members, the owning individual and the office of the same canton get the
 * file; another company, another person, another canton's office or login, and anonymous users do not.
 */
@SpringBootTest
class ProcurationDownloadTest {

    private static final CantonCode GE = new CantonCode("ge");
    private static final CantonCode BE = new CantonCode("be");

    @Autowired
    WebApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    Beneficiaries beneficiaries;
    @Autowired
    JdbcTemplate jdbc;

    private MockMvc mvc;
    private Account manager;
    private Account collaborator;
    private Account otherCompany;
    private Account representative;
    private Account otherPerson;
    private Account officeGe;
    private Account officeBe;
    private long companyBeneficiary;
    private long ownBeneficiary;

    @BeforeEach
    void procurationsOfACompanyAndOfAPerson() {
        mvc = TestWeb.mvc(context);
        TestDatabase.reset(jdbc);
        as(GE, () -> {
            long a = TestCompanies.approved(jdbc, "ge");
            manager = accounts.create(TestAccounts.member(a, Account.CompanyRole.MANAGER, "Claire", "Rochat"), null);
            collaborator = accounts.create(TestAccounts.member(a, Account.CompanyRole.COLLABORATOR, "Claire", "Rochat"), null);
            otherCompany = accounts.create(TestAccounts.member(TestCompanies.approved(jdbc, "ge"),
                    Account.CompanyRole.MANAGER, "Claire", "Rochat"), null);
            representative = accounts.create(TestAccounts.representative("Marie", "Dupont"), null);
            otherPerson = accounts.create(TestAccounts.representative("Paul", "Dupont"), null);
            officeGe = accounts.create(TestAccounts.representative("Agent", "Dupont"), null);
            BeneficiaryForm form = form("Dupont", "Pierre", 1);
            form.setProcuration(TestBeneficiaries.procuration("procuration Dupont.pdf", PDF));
            companyBeneficiary = beneficiaries.create(TestActors.memberOf("ge", a), form).id();
            BeneficiaryForm own = form("Dupont", "Lucie", 2);
            own.setProcuration(TestBeneficiaries.procuration("procuration.pdf", PDF));
            ownBeneficiary = beneficiaries.create(TestActors.actor(representative), own).id();
            return null;
        });
        officeBe = as(BE, () -> accounts.create(TestAccounts.representative("Agent", "Dupont"), null));
    }

    @Test
    void everyMemberOfTheCompanyDownloadsItAsAnAttachment() throws Exception {
        for (Account member : new Account[] {manager, collaborator}) {
            String role = member == manager ? "ROLE_COMPANY_MANAGER" : "ROLE_COMPANY_COLLABORATOR";
            MockHttpServletResponse response = download("ge", companyBeneficiary,
                    TestLogins.login(member, "ge", role));
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentType()).isEqualTo("application/pdf");
            assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;")
                    .contains("procuration Dupont.pdf");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getContentAsByteArray()).isEqualTo(PDF);
        }
        MockHttpServletResponse own = download("ge", ownBeneficiary,
                TestLogins.login(representative, "ge", "ROLE_LEGAL_REPRESENTATIVE"));
        assertThat(own.getStatus()).isEqualTo(200);
    }

    @Test
    void theOfficeOfTheSameCantonDownloadsIt() throws Exception {
        assertThat(download("ge", companyBeneficiary, TestLogins.login(officeGe, "ge", "ROLE_OFFICE_AGENT"))
                .getStatus()).isEqualTo(200);
        assertThat(download("ge", ownBeneficiary, TestLogins.login(officeGe, "ge", "ROLE_OFFICE_ADMIN"))
                .getStatus()).isEqualTo(200);
    }

    @Test
    void nobodyElseGetsIt() throws Exception {
        Authentication[] strangers = {
                TestLogins.login(otherCompany, "ge", "ROLE_COMPANY_MANAGER"),
                TestLogins.login(otherPerson, "ge", "ROLE_LEGAL_REPRESENTATIVE"),
                // a company member of Geneva claiming the beneficiary role gains nothing either
                TestLogins.login(otherCompany, "ge", "ROLE_BENEFICIARY")};
        for (Authentication stranger : strangers) {
            assertThat(download("ge", companyBeneficiary, stranger).getStatus()).isEqualTo(404);
            assertThat(download("ge", ownBeneficiary, stranger).getStatus()).isEqualTo(404);
        }
        // Bern's office, on Bern's host, does not find Geneva's procurations
        assertThat(download("be", companyBeneficiary, TestLogins.login(officeBe, "be", "ROLE_OFFICE_AGENT"))
                .getStatus()).isEqualTo(404);
        // a Geneva login presented on Bern's host (or the reverse) reaches nothing
        assertThat(download("be", companyBeneficiary, TestLogins.login(officeGe, "ge", "ROLE_OFFICE_AGENT"))
                .getStatus()).isEqualTo(404);
        assertThat(download("ge", companyBeneficiary, TestLogins.login(officeBe, "be", "ROLE_OFFICE_AGENT"))
                .getStatus()).isEqualTo(404);
        assertThat(download("be", companyBeneficiary, TestLogins.login(manager, "ge", "ROLE_COMPANY_MANAGER"))
                .getStatus()).isEqualTo(404);
        // no login, not a browser (no HTML asked for): 401, never the file
        MockHttpServletResponse anonymous = mvc.perform(TestWeb.get("ge", ProcurationDownload.path(companyBeneficiary)))
                .andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getContentAsByteArray()).isNotEqualTo(PDF);
    }

    /** A link opened without a session (from a mail, a bookmark) leads through the login to the file. */
    @Test
    void anAnonymousBrowserIsSentToTheLoginAndThenBackToTheFile() throws Exception {
        var result = mvc.perform(TestWeb.get("ge", ProcurationDownload.path(companyBeneficiary))
                .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML, MediaType.ALL)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(result.getResponse().getContentAsByteArray()).isNotEqualTo(PDF);
        // the login's success handler sends the browser back to the request saved in the session
        SavedRequest saved = new HttpSessionRequestCache().getRequest(result.getRequest(), result.getResponse());
        assertThat(saved).isNotNull();
        assertThat(saved.getRedirectUrl()).contains("ge.localhost", ProcurationDownload.path(companyBeneficiary));
    }

    private MockHttpServletResponse download(String canton, long beneficiaryId, Authentication login) throws Exception {
        return mvc.perform(TestWeb.get(canton, ProcurationDownload.path(beneficiaryId)).with(authentication(login)))
                .andReturn().getResponse();
    }

    private static <T> T as(CantonCode canton, Supplier<T> work) {
        return TenantContext.callAs(canton, work);
    }
}
