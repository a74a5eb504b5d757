package ch.guichetai.office.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import ch.guichetai.account.Accounts;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.identity.Actor;
import ch.guichetai.request.Requests;
import ch.guichetai.request.SentRequest;
import ch.guichetai.tenant.CantonRequestFilter;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.testdata.TestLogins;
import ch.guichetai.testdata.TestRequestReaders;
import ch.guichetai.testdata.TestRequests;
import ch.guichetai.testdata.TestWeb;
import jakarta.servlet.Filter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The office's inline files through the application's filters (the platform's security headers
 * first, the canton by host, Spring Security): the canton's office gets each one inline, framable by
 * the platform's own pages only and sandboxed; the owner, other users, another canton's office and
 * anonymous users get nothing (404, or 401 without a login).
 */
@SpringBootTest
class OfficePreviewsTest {

    private static final CantonCode GE = new CantonCode("ge");

    @Autowired
    WebApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    Beneficiaries beneficiaries;
    @Autowired
    Requests requests;
    @Autowired
    JdbcTemplate jdbc;
    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneId.of("Europe/Zurich"));
    }

    private MockMvc mvc;
    private TestRequestReaders readers;
    private SentRequest request;

    @BeforeEach
    void aCompanysRequestWithADocumentAndAProcuration() {
        Filter headers = ((FilterRegistrationBean<?>) context.getBean("securityHeadersFilter")).getFilter();
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(headers, context.getBean(CantonRequestFilter.class))
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        TestDatabase.reset(jdbc);
        readers = TestRequestReaders.create(accounts, jdbc);
        request = TenantContext.callAs(GE, () -> {
            Actor manager = TestActors.actor(readers.manager());
            long beneficiary = OfficeTestRequests.pierreDupontWithProcuration(beneficiaries, manager);
            return requests.send(manager, OfficeTestRequests.request(Optional.of(beneficiary), TestRequests.seed004(), null));
        });
    }

    @Test
    void theOfficeGetsEachFileInlineFramableByThePlatformOnlyAndSandboxed() throws Exception {
        for (Authentication office : List.of(TestLogins.login(readers.officeGe(), "ge", "ROLE_OFFICE_AGENT"),
                TestLogins.login(readers.officeGe(), "ge", "ROLE_OFFICE_ADMIN"))) {
            for (String path : paths()) {
                MockHttpServletResponse response = get("ge", path, office);

                assertThat(response.getStatus()).as(path).isEqualTo(200);
                assertThat(response.getContentType()).isEqualTo("application/pdf");
                assertThat(response.getHeader("Content-Disposition")).startsWith("inline;");
                assertThat(response.getHeaders("Content-Security-Policy")).containsExactly("sandbox; frame-ancestors 'self'");
                assertThat(response.getHeaders("X-Frame-Options")).containsExactly("SAMEORIGIN");
                assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
                assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
            }
        }
        MockHttpServletResponse document = get("ge", paths().get(1), TestLogins.login(readers.officeGe(), "ge",
                "ROLE_OFFICE_AGENT"));
        assertThat(document.getContentAsByteArray()).isEqualTo(TestBeneficiaries.PDF);
        assertThat(document.getHeader("Content-Disposition")).contains("facture.pdf");
    }

    @Test
    void theOwnerAndEveryoneElseGetNothing() throws Exception {
        Authentication officeGe = TestLogins.login(readers.officeGe(), "ge", "ROLE_OFFICE_AGENT");
        Authentication officeBe = TestLogins.login(readers.officeBe(), "be", "ROLE_OFFICE_AGENT");
        List<Authentication> users = List.of(TestLogins.login(readers.manager(), "ge", "ROLE_COMPANY_MANAGER"),
                TestLogins.login(readers.collaborator(), "ge", "ROLE_COMPANY_COLLABORATOR"),
                TestLogins.login(readers.person(), "ge", "ROLE_BENEFICIARY"),
                TestLogins.login(readers.otherCompany(), "ge", "ROLE_COMPANY_MANAGER"));
        for (String path : paths()) {
            for (Authentication user : users) {
                assertThat(get("ge", path, user).getStatus()).as(path).isEqualTo(404);
            }
            // Bern's office on Bern's host does not find Geneva's request; a login of one canton is nothing on the other
            assertThat(get("be", path, officeBe).getStatus()).as(path).isEqualTo(404);
            assertThat(get("ge", path, officeBe).getStatus()).as(path).isEqualTo(404);
            assertThat(get("be", path, officeGe).getStatus()).as(path).isEqualTo(404);
            MockHttpServletResponse anonymous = mvc.perform(TestWeb.get("ge", path)).andReturn().getResponse();
            assertThat(anonymous.getStatus()).as(path).isEqualTo(401);
        }
        // a document of the canton that is not this request's, and a missing request
        assertThat(get("ge", "/office/requests/" + request.id() + "/documents/" + (request.documents().getFirst().id() + 100),
                officeGe).getStatus()).isEqualTo(404);
        assertThat(get("ge", "/office/requests/" + (request.id() + 100) + "/procuration", officeGe).getStatus())
                .isEqualTo(404);
    }

    @Test
    void theDownloadsStayAttachmentsThatNoPageMayFrame() throws Exception {
        MockHttpServletResponse download = get("ge", "/requests/" + request.id() + "/documents/"
                + request.documents().getFirst().id(), TestLogins.login(readers.officeGe(), "ge", "ROLE_OFFICE_AGENT"));

        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(download.getHeaders("X-Frame-Options")).containsExactly("DENY");
        assertThat(download.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'").doesNotContain("sandbox");
    }

    private List<String> paths() {
        return List.of(OfficePreviews.copyPath(request.id(), ch.guichetai.canton.Language.FR),
                OfficePreviews.documentPath(request.id(), request.documents().getFirst().id()),
                OfficePreviews.procurationPath(request.id()));
    }

    private MockHttpServletResponse get(String canton, String path, Authentication login) throws Exception {
        return mvc.perform(TestWeb.get(canton, path).with(authentication(login))).andReturn().getResponse();
    }
}
