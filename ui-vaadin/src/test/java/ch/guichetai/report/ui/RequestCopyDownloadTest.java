package ch.guichetai.report.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import ch.guichetai.account.Accounts;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.catalogue.DeviceNumber;
import ch.guichetai.identity.Actor;
import ch.guichetai.money.Money;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Iban;
import ch.guichetai.request.AssistanceContribution;
import ch.guichetai.request.AssistiveDevices;
import ch.guichetai.request.FormContent;
import ch.guichetai.request.NewRequest;
import ch.guichetai.request.RequestHeader;
import ch.guichetai.request.RequestDecisions;
import ch.guichetai.request.Requests;
import ch.guichetai.request.SentRequest;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.testdata.TestHearingAids;
import ch.guichetai.testdata.TestHelplessnessAllowance;
import ch.guichetai.testdata.TestLogins;
import ch.guichetai.testdata.TestRequestReaders;
import ch.guichetai.testdata.TestRequests;
import ch.guichetai.testdata.TestWeb;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The PDF copy's URL through the real filter chain (canton by host, Spring Security) and the real
 * {@code Requests.byId}: the person who sent it, every member of the sending company and the office
 * of the same canton get the PDF; another person, another company, another canton's office or
 * login, and anonymous users do not.
 */
@SpringBootTest
class RequestCopyDownloadTest {

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
    RequestDecisions decisions;
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
    private SentRequest ofTheCompany;

    @BeforeEach
    void requestsOfAPersonAndOfACompany() {
        mvc = TestWeb.mvc(context);
        TestDatabase.reset(jdbc);
        readers = TestRequestReaders.create(accounts, jdbc);
        as(GE, () -> {
            personal = requests.send(TestActors.actor(readers.person()), seed004(Optional.empty()));
            Actor member = TestActors.actor(readers.manager());
            long beneficiary = beneficiaries.create(member, TestBeneficiaries.form("Dupont", "Pierre", 1)).id();
            ofTheCompany = requests.send(member, seed004(Optional.of(beneficiary)));
            return null;
        });
    }

    @Test
    void thePersonWhoSentItDownloadsItNamedAfterItsReference() throws Exception {
        MockHttpServletResponse response = download("ge", personal.id(),
                TestLogins.login(readers.person(), "ge", "ROLE_BENEFICIARY"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + personal.reference() + ".pdf\"");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(text(response)).contains(personal.reference().toString(), "Formulaire n° 318.632.1",
                "Total général CHF 159.50", "facture.pdf", "Alice Martin");
    }

    @Test
    void everyMemberOfTheCompanyDownloadsItsRequests() throws Exception {
        assertThat(download("ge", ofTheCompany.id(), TestLogins.login(readers.manager(), "ge", "ROLE_COMPANY_MANAGER"))
                .getStatus()).isEqualTo(200);
        MockHttpServletResponse colleague = download("ge", ofTheCompany.id(),
                TestLogins.login(readers.collaborator(), "ge", "ROLE_COMPANY_COLLABORATOR"));
        assertThat(colleague.getStatus()).isEqualTo(200);
        assertThat(text(colleague)).contains(ofTheCompany.reference().toString(), "Pierre Dupont");
    }

    @Test
    void theOfficeOfTheSameCantonDownloadsEveryRequest() throws Exception {
        assertThat(download("ge", personal.id(), TestLogins.login(readers.officeGe(), "ge", "ROLE_OFFICE_AGENT"))
                .getStatus()).isEqualTo(200);
        assertThat(download("ge", ofTheCompany.id(), TestLogins.login(readers.officeGe(), "ge", "ROLE_OFFICE_ADMIN"))
                .getStatus()).isEqualTo(200);
    }

    @Test
    void theCopyIsInALanguageTheCantonSpeaks() throws Exception {
        Authentication login = TestLogins.login(readers.person(), "ge", "ROLE_BENEFICIARY");
        // Geneva speaks French only: German asked for by the link or by the browser is not used
        MockHttpServletResponse response = mvc.perform(
                TestWeb.get("ge", RequestCopyDownload.path(personal.id()) + "?lang=de")
                .header("Accept-Language", "de-CH").with(authentication(login))).andReturn().getResponse();

        assertThat(text(response)).contains("Facture pour frais de voyage et nourriture")
                .doesNotContain("Rechnung");
    }

    @Test
    void nobodyElseGetsIt() throws Exception {
        Authentication[] strangers = readers.strangers();
        for (Authentication stranger : strangers) {
            assertThat(download("ge", personal.id(), stranger).getStatus()).isEqualTo(404);
            assertThat(download("ge", ofTheCompany.id(), stranger).getStatus()).isEqualTo(404);
        }
        Authentication officeGe = TestLogins.login(readers.officeGe(), "ge", "ROLE_OFFICE_AGENT");
        Authentication officeBe = TestLogins.login(readers.officeBe(), "be", "ROLE_OFFICE_AGENT");
        // a request that does not exist looks the same
        assertThat(download("ge", ofTheCompany.id() + 1000, officeGe).getStatus()).isEqualTo(404);
        // Bern's office, on Bern's host, does not find Geneva's requests
        assertThat(download("be", personal.id(), officeBe).getStatus()).isEqualTo(404);
        // a Geneva login presented on Bern's host (or the reverse) reaches nothing
        assertThat(download("be", personal.id(), officeGe).getStatus()).isEqualTo(404);
        assertThat(download("ge", personal.id(), officeBe).getStatus()).isEqualTo(404);
        assertThat(download("be", personal.id(), TestLogins.login(readers.person(), "ge", "ROLE_BENEFICIARY"))
                .getStatus()).isEqualTo(404);
        // no login, not a browser (no HTML asked for): 401, never the file
        MockHttpServletResponse anonymous = mvc.perform(TestWeb.get("ge", RequestCopyDownload.path(personal.id())))
                .andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getContentType()).isNotEqualTo("application/pdf");
    }

    /** The four forms of issue 11, each with its total: the owner gets its copy, nobody else does. */
    static Stream<Arguments> theOtherForms() {
        return Stream.of(
                Arguments.of(new AssistiveDevices(LocalDate.of(2026, 10, 5), null, AssistiveDevices.Remittance.PURCHASE,
                        new DeviceNumber("10.05"), Money.chf("18450.00"), "Garage du Rhône SA", null), "CHF 18’450.00"),
                Arguments.of(TestHelplessnessAllowance.february2026(), "Formulaire n° 318.632.2"),
                Arguments.of(TestHearingAids.bothEarsAndBatteries(), "Formulaire n° 300.001"),
                Arguments.of(new AssistanceContribution(YearMonth.of(2026, 11), new BigDecimal("10"), null, null, null,
                        List.of(), null, null, null, null), "CHF 353.00"));
    }

    @ParameterizedTest
    @MethodSource("theOtherForms")
    void everyFormsCopyIsItsOwnersOnly(FormContent content, String expected) throws Exception {
        RequestHeader header = new RequestHeader(Optional.empty(), Iban.of(TestBankAccounts.IBAN),
                DecisionNumber.of("325 2025 1000896"), null, false, null);
        SentRequest sent = as(GE, () -> requests.send(TestActors.actor(readers.person()), new NewRequest(UUID.randomUUID(),
                header, content, List.of(TestBeneficiaries.procuration("facture.pdf", TestBeneficiaries.PDF),
                        TestBeneficiaries.procuration(TestHelplessnessAllowance.ATTESTATION, TestBeneficiaries.PDF)))));

        MockHttpServletResponse own = download("ge", sent.id(), TestLogins.login(readers.person(), "ge", "ROLE_BENEFICIARY"));
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(text(own)).contains(sent.reference().toString(), expected);
        for (Authentication stranger : readers.strangers()) {
            assertThat(download("ge", sent.id(), stranger).getStatus()).isEqualTo(404);
        }
    }

    /** A link opened without a session (from a mail, a bookmark) leads through the login to the copy. */
    @Test
    void anAnonymousBrowserIsSentToTheLoginAndThenBackToTheCopy() throws Exception {
        var result = mvc.perform(TestWeb.get("ge", RequestCopyDownload.path(personal.id()))
                .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML, MediaType.ALL)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
        SavedRequest saved = new HttpSessionRequestCache().getRequest(result.getRequest(), result.getResponse());
        assertThat(saved).isNotNull();
        assertThat(saved.getRedirectUrl()).contains("ge.localhost", RequestCopyDownload.path(personal.id()));
    }

    /** The history in the copy is its reader's: the owner's without the staff's names, the office's with them (ADR 0038). */
    @Test
    void theCopyShowsTheHistoryAsItsReaderMaySeeIt() throws Exception {
        Actor agent = TestActors.officeAgent("ge");
        TenantContext.runAs(GE, () -> decisions.askCorrection(agent, personal.id(), "Joindre le billet du 6 juin."));

        String owners = text(download("ge", personal.id(), TestLogins.login(readers.person(), "ge", "ROLE_BENEFICIARY")));
        assertThat(owners).contains("Statut A compléter", "En traitement → A compléter",
                "Message de l’office AI : Joindre le billet du 6 juin.").doesNotContain(agent.email());
        String offices = text(download("ge", personal.id(), TestLogins.login(readers.officeGe(), "ge", "ROLE_OFFICE_AGENT")));
        assertThat(offices).contains("Joindre le billet du 6 juin. Par " + agent.email());
        for (Authentication stranger : readers.strangers()) {
            assertThat(download("ge", personal.id(), stranger).getStatus()).isEqualTo(404);
        }
    }

    /** Seed 004's travel request (CHF 159.50), for the person themself or a beneficiary, paid to the sender's account. */
    private static NewRequest seed004(Optional<Long> beneficiary) {
        RequestHeader header = new RequestHeader(beneficiary, Iban.of(TestBankAccounts.IBAN),
                DecisionNumber.of("325 2025 1000896"), null, false, "<script>alert('x')</script>");
        return new NewRequest(UUID.randomUUID(), header, TestRequests.seed004(),
                List.of(TestBeneficiaries.procuration("facture.pdf", TestBeneficiaries.PDF)));
    }

    private MockHttpServletResponse download(String canton, long requestId, Authentication login) throws Exception {
        return mvc.perform(TestWeb.get(canton, RequestCopyDownload.path(requestId)).with(authentication(login)))
                .andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse response) throws IOException {
        try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static <T> T as(CantonCode canton, Supplier<T> work) {
        return TenantContext.callAs(canton, work);
    }
}
