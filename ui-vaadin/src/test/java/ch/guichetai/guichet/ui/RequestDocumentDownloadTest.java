package ch.guichetai.guichet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import ch.guichetai.account.Accounts;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.document.StoredDocument;
import ch.guichetai.identity.Actor;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Iban;
import ch.guichetai.request.NewRequest;
import ch.guichetai.request.RequestHeader;
import ch.guichetai.request.Requests;
import ch.guichetai.request.SentRequest;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.testdata.TestLogins;
import ch.guichetai.testdata.TestRequestReaders;
import ch.guichetai.testdata.TestRequests;
import ch.guichetai.testdata.TestWeb;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * A request's documents by URL through the real filter chain (canton by host, Spring Security) and
 * the real {@code Requests.readDocument}: the person who sent it, every member of the sending
 * company and the office of the same canton get the exact file; another person, another company,
 * another canton's office or login, a document of another request and anonymous users do not.
 */
@SpringBootTest
class RequestDocumentDownloadTest {

    private static final CantonCode GE = new CantonCode("ge");
    /** A PNG (by its signature) whose bytes differ from the PDF's. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
            'R'};

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
    private SentRequest personal;
    private SentRequest personalSecond;
    private SentRequest ofTheCompany;

    @BeforeEach
    void requestsOfAPersonAndOfACompany() {
        mvc = TestWeb.mvc(context);
        TestDatabase.reset(jdbc);
        readers = TestRequestReaders.create(accounts, jdbc);
        as(GE, () -> {
            Actor person = TestActors.actor(readers.person());
            personal = requests.send(person, seed004(Optional.empty(),
                    TestBeneficiaries.procuration("facture.pdf", TestBeneficiaries.PDF),
                    TestBeneficiaries.procuration("reçu été.png", PNG)));
            personalSecond = requests.send(person, seed004(Optional.empty(),
                    TestBeneficiaries.procuration("billet.pdf", TestBeneficiaries.PDF)));
            Actor member = TestActors.actor(readers.manager());
            long beneficiary = beneficiaries.create(member, TestBeneficiaries.form("Dupont", "Pierre", 1)).id();
            ofTheCompany = requests.send(member, seed004(Optional.of(beneficiary),
                    TestBeneficiaries.procuration("attestation.png", PNG)));
            return null;
        });
    }

    @Test
    void thePersonWhoSentItDownloadsTheExactFileUnderItsName() throws Exception {
        StoredDocument receipt = personal.documents().get(1);
        MockHttpServletResponse response = download("ge", personal.id(), receipt.id(),
                TestLogins.login(readers.person(), "ge", "ROLE_BENEFICIARY"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(sha256(response.getContentAsByteArray())).isEqualTo(sha256(PNG)).isEqualTo(receipt.sha256());
        assertThat(response.getContentLengthLong()).isEqualTo(PNG.length);
        String disposition = response.getHeader("Content-Disposition");
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''re%C3%A7u%20%C3%A9t%C3%A9.png");
        assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo("reçu été.png");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");

        MockHttpServletResponse invoice = download("ge", personal.id(), personal.documents().getFirst().id(),
                TestLogins.login(readers.person(), "ge", "ROLE_BENEFICIARY"));
        assertThat(invoice.getContentType()).isEqualTo("application/pdf");
        assertThat(sha256(invoice.getContentAsByteArray())).isEqualTo(sha256(TestBeneficiaries.PDF));
        assertThat(ContentDisposition.parse(invoice.getHeader("Content-Disposition")).getFilename())
                .isEqualTo("facture.pdf");
    }

    @Test
    void everyMemberOfTheCompanyDownloadsItsDocuments() throws Exception {
        long document = ofTheCompany.documents().getFirst().id();
        for (Authentication member : new Authentication[] {
                TestLogins.login(readers.manager(), "ge", "ROLE_COMPANY_MANAGER"),
                TestLogins.login(readers.collaborator(), "ge", "ROLE_COMPANY_COLLABORATOR")}) {
            MockHttpServletResponse response = download("ge", ofTheCompany.id(), document, member);
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(sha256(response.getContentAsByteArray())).isEqualTo(sha256(PNG));
        }
    }

    @Test
    void theOfficeOfTheSameCantonDownloadsEveryDocument() throws Exception {
        MockHttpServletResponse personals = download("ge", personal.id(), personal.documents().getFirst().id(),
                TestLogins.login(readers.officeGe(), "ge", "ROLE_OFFICE_AGENT"));
        assertThat(personals.getStatus()).isEqualTo(200);
        assertThat(sha256(personals.getContentAsByteArray())).isEqualTo(sha256(TestBeneficiaries.PDF));
        MockHttpServletResponse companys = download("ge", ofTheCompany.id(), ofTheCompany.documents().getFirst().id(),
                TestLogins.login(readers.officeGe(), "ge", "ROLE_OFFICE_ADMIN"));
        assertThat(companys.getStatus()).isEqualTo(200);
        assertThat(sha256(companys.getContentAsByteArray())).isEqualTo(sha256(PNG));
    }

    @Test
    void nobodyElseGetsThem() throws Exception {
        long personals = personal.documents().getFirst().id();
        long companys = ofTheCompany.documents().getFirst().id();
        Authentication[] strangers = readers.strangers();
        for (Authentication stranger : strangers) {
            assertNotFound(download("ge", personal.id(), personals, stranger));
            assertNotFound(download("ge", ofTheCompany.id(), companys, stranger));
        }
        Authentication owner = TestLogins.login(readers.person(), "ge", "ROLE_BENEFICIARY");
        Authentication office = TestLogins.login(readers.officeGe(), "ge", "ROLE_OFFICE_AGENT");
        Authentication officeBe = TestLogins.login(readers.officeBe(), "be", "ROLE_OFFICE_AGENT");
        // a document goes with its own request only, even between two requests of the same owner
        assertNotFound(download("ge", personal.id(), personalSecond.documents().getFirst().id(), owner));
        assertNotFound(download("ge", personalSecond.id(), personals, owner));
        assertNotFound(download("ge", personal.id(), companys, office));
        // a request or a document that does not exist looks the same
        assertNotFound(download("ge", ofTheCompany.id() + 1000, companys, office));
        assertNotFound(download("ge", ofTheCompany.id(), companys + 1000, office));
        // Bern's office, on Bern's host, does not find Geneva's documents
        assertNotFound(download("be", personal.id(), personals, officeBe));
        // a Geneva login presented on Bern's host (or the reverse) reaches nothing
        assertNotFound(download("be", personal.id(), personals, office));
        assertNotFound(download("ge", personal.id(), personals, officeBe));
        assertNotFound(download("be", personal.id(), personals, owner));
        assertNotFound(download("ge", personal.id(), personals,
                TestLogins.login(readers.person(), "be", "ROLE_BENEFICIARY")));
        // no login, not a browser (no HTML asked for): 401, never the file
        MockHttpServletResponse anonymous = mvc.perform(
                TestWeb.get("ge", RequestDocumentDownload.path(personal.id(), personals))).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getContentAsByteArray()).isNotEqualTo(TestBeneficiaries.PDF);
    }

    /** A link opened without a session (from a mail, a bookmark) leads through the login to the document. */
    @Test
    void anAnonymousBrowserIsSentToTheLoginAndThenBackToTheDocument() throws Exception {
        String path = RequestDocumentDownload.path(personal.id(), personal.documents().getFirst().id());
        var result = mvc.perform(TestWeb.get("ge", path)
                .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML, MediaType.ALL)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
        SavedRequest saved = new HttpSessionRequestCache().getRequest(result.getRequest(), result.getResponse());
        assertThat(saved).isNotNull();
        assertThat(saved.getRedirectUrl()).contains("ge.localhost", path);
    }

    private static void assertNotFound(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsByteArray()).isNotEqualTo(TestBeneficiaries.PDF).isNotEqualTo(PNG);
        assertThat(response.getHeader("Content-Disposition")).isNull();
    }

    /** Seed 004's travel request with these documents, for the person themself or a beneficiary. */
    private static NewRequest seed004(Optional<Long> beneficiary, ch.guichetai.document.ReceivedDocument... documents) {
        RequestHeader header = new RequestHeader(beneficiary, Iban.of(TestBankAccounts.IBAN),
                DecisionNumber.of("325 2025 1000896"), null, false, null);
        return new NewRequest(UUID.randomUUID(), header, TestRequests.seed004(), List.of(documents));
    }

    private MockHttpServletResponse download(String canton, long requestId, long documentId, Authentication login)
            throws Exception {
        return mvc.perform(TestWeb.get(canton, RequestDocumentDownload.path(requestId, documentId))
                .with(authentication(login))).andReturn().getResponse();
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static <T> T as(CantonCode canton, Supplier<T> work) {
        return TenantContext.callAs(canton, work);
    }
}
