package ch.guichetai.deploy;

import static ch.guichetai.deploy.E2EPages.choose;
import static ch.guichetai.deploy.E2EPages.idle;
import static ch.guichetai.deploy.E2EPages.type;
import static ch.guichetai.deploy.E2EPages.typeDate;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import ch.guichetai.canton.Role;
import ch.guichetai.keycloak.RealmGenerator.User;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The life of a request in the browser, in each canton (issue 12, Tests): the demo beneficiary
 * sends an invoice (318.632) with its PDF; the canton's demo office agent lands on the queue,
 * filters it down to that request, opens it (the PDF copy and the document previewed in frames),
 * asks a correction in the confirmation dialog; logged out, the user follows the e-mail's link
 * through the login to the correction page, sees the office's message, goes through the detail's
 * "Modifier ma demande", changes the amount, adds a document and sends it back; the agent sees it
 * in progress with its previous version, accepts; the user gets the e-mail and the detail's PDF
 * copy says accepted, with the history. axe-core checks every page and dialog. One stack for the class.
 */
class RequestLifecycleE2EIT {

    private static final Path WORK = Path.of("target", "lifecycle-e2e").toAbsolutePath();
    private static final byte[] PDF = RequestFormsE2EIT.TICKET;

    /** What the pages, the e-mails and the PDF copy say, in each language. */
    private record Texts(String form, String inProgress, String toComplete, String accepted,
                         String correctionMail, String acceptedMail, String message, String versions, String copyHistory, String backOffice) {
    }

    private static final Map<String, Texts> TEXTS = Map.of(
            "fr", new Texts("Autre facture (318.632)", "En traitement", "A compléter", "Accepté",
                    "Demande à compléter : ", "Demande acceptée : ",
                    "La facture dit CHF 275.00 : corrigez le montant et joignez la facture complète.",
                    "Versions précédentes", "Historique de la demande", "Back office"),
            "de", new Texts("Andere Rechnung (318.632)", "In Bearbeitung", "Zu ergänzen", "Angenommen",
                    "Antrag zu ergänzen: ", "Antrag angenommen: ",
                    "Die Rechnung lautet auf CHF 275.00: Bitte korrigieren Sie den Betrag und legen Sie sie vollständig bei.",
                    "Frühere Versionen", "Verlauf des Antrags", "Backoffice"));

    private static E2EStack e2e;

    @BeforeAll
    static void startTheStack() throws Exception {
        e2e = E2EStack.start(WORK);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (e2e != null) {
            e2e.close();
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"ge, fr, 325", "be, de, 302", "vs, fr, 323"})
    void sentAskedACorrectionCorrectedThroughTheMailsLinkAcceptedAndTheCopySaysSo(String canton, String language,
                                                                                 String officeCode) throws Exception {
        Texts texts = TEXTS.get(language);
        String user = DemoUsers.email(Role.BENEFICIARY, canton);
        String agent = DemoUsers.email(Role.OFFICE_AGENT, canton);
        User person = DemoUsers.byCanton(StackOutbox.cantons()).get(canton).getFirst();
        String home = "http://" + canton + ".localhost:" + e2e.port() + "/";
        try (BrowserContext userContext = newContext(language); BrowserContext agentContext = newContext(language)) {
            Page userPage = userContext.newPage();
            Page agentPage = agentContext.newPage();
            try {
                Sent sent = send(home, user, officeCode, language);
                String requestPage = home + "office/demandes/" + sent.id();

                // the agent lands on the queue, filters it down to the request, opens it and asks a correction
                agentPage.navigate(home);
                agentPage.locator("#login").click();
                E2EPages.logIn(e2e.outbox(), agentPage, agent, home + "office/demandes");
                assertThat(agentPage.locator(".app-nav-group")).containsText(texts.backOffice());
                assertThat(agentPage.locator("#office-queue vaadin-grid-cell-content:visible").first()).isVisible();
                Accessibility.assertNoViolations(agentPage);
                choose(agentPage, "#queue-filter-status", texts.inProgress());
                choose(agentPage, "#queue-filter-form", texts.form());
                agentPage.locator("#queue-filter-beneficiary input").fill(person.lastName());
                agentPage.locator("#queue-filter-beneficiary input").press("Enter");
                Locator references = agentPage.locator("#office-queue vaadin-grid-cell-content:visible a");
                assertThat(references).hasCount(1); // the demo data's invoice of this person is accepted
                assertThat(references).hasText(sent.reference());
                Accessibility.assertNoViolations(agentPage);
                references.click();
                agentPage.waitForURL(requestPage);
                assertThat(agentPage.locator("#request-status")).hasText(texts.inProgress());
                assertThat(agentPage.locator("#request-fields")).containsText(person.firstName() + " " + person.lastName());
                assertThat(agentPage.locator("#request-fields")).containsText("CHF 250.00");
                assertPreviews(agentPage, sent.id(), language);
                assertThat(agentPage.locator("#request-versions")).hasCount(0);
                Accessibility.assertNoViolations(agentPage);

                openDialog(agentPage, "#ask-correction", "#correction-message");
                agentPage.locator("#correction-message textarea").fill(texts.message());
                Accessibility.assertNoViolations(agentPage);
                agentPage.locator("#confirm-correction").click();
                assertThat(agentPage.locator("#request-status")).hasText(texts.toComplete());
                assertThat(agentPage.locator("#accept-request")).hasCount(0);
                assertThat(agentPage.locator("#request-transitions")).containsText(texts.message());
                assertThat(agentPage.locator("#decision-dialog")).hasCount(0);
                Accessibility.assertNoViolations(agentPage);

                correct(userPage, home, user, sent, texts);

                // the agent sees it back in progress with the version it replaced, and accepts it
                agentPage.navigate(requestPage);
                assertThat(agentPage.locator("#request-status")).hasText(texts.inProgress());
                assertThat(agentPage.locator("#request-fields")).containsText("CHF 275.00");
                assertThat(agentPage.locator("#request-documents iframe")).hasCount(2);
                Locator versions = agentPage.locator("#request-versions");
                assertThat(agentPage.locator("#request-versions > h2")).hasText(texts.versions());
                assertThat(versions.locator("vaadin-details")).hasCount(1);
                versions.locator("vaadin-details-summary").click();
                assertThat(versions.locator("vaadin-details")).hasAttribute("opened", "");
                assertThat(versions.locator("vaadin-details")).containsText("CHF 250.00");
                Accessibility.assertNoViolations(agentPage);
                openDialog(agentPage, "#accept-request", "#confirm-accept");
                Accessibility.assertNoViolations(agentPage);
                agentPage.locator("#confirm-accept").click();
                assertThat(agentPage.locator("#request-status")).hasText(texts.accepted());
                assertThat(agentPage.locator("#request-actions")).hasCount(0);
                Accessibility.assertNoViolations(agentPage);

                // the user gets the e-mail and the PDF copy says accepted, with the history
                Page inbox = userContext.newPage();
                e2e.outbox().openLastMailTo(inbox, user, texts.acceptedMail() + sent.reference());
                assertThat(inbox.locator("body")).containsText(sent.reference());
                inbox.close();
                userPage.navigate(home + "guichet/demandes/" + sent.id());
                assertThat(userPage.locator("#detail-status")).containsText(texts.accepted());
                Accessibility.assertNoViolations(userPage);
                Download copy = userPage.waitForDownload(() -> userPage.locator("#request-copy").click());
                try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(copy.path()))) {
                    String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                    org.assertj.core.api.Assertions.assertThat(text).contains(sent.reference(), "CHF 275.00",
                            texts.copyHistory(), texts.inProgress() + " → " + texts.toComplete(),
                            texts.toComplete() + " → " + texts.inProgress(),
                            texts.inProgress() + " → " + texts.accepted(), texts.message());
                }
            } finally {
                userPage.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(WORK.resolve("user-" + canton + ".png")));
                agentPage.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(WORK.resolve("agent-" + canton + ".png")));
            }
        }
    }

    private record Sent(long id, String reference) {
    }

    /** The user logs in and sends an invoice of CHF 250.00 with its PDF, in a context of its own; its id from the copy's link. */
    private static Sent send(String home, String user, String officeCode, String language) throws Exception {
        try (BrowserContext context = newContext(language)) {
            Page page = context.newPage();
            page.navigate(home);
            page.locator("#login").click();
            E2EPages.logIn(e2e.outbox(), page, user, home + "guichet");
            page.locator("[id='form-318.632']").click();
            assertThat(page.locator("#send-request")).isVisible();
            String lastWeek = LocalDate.now(ZoneId.of("Europe/Zurich")).minusDays(7).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
            type(page, "#decisionNumber input", officeCode + " 2025 1000896");
            typeDate(page, "#serviceFrom", lastWeek);
            type(page, "#issuer input", "Physio du Lac");
            type(page, "#invoiceNumber input", "F-1234");
            typeDate(page, "#invoiceDate", lastWeek);
            type(page, "#amount input", "250.00");
            page.locator("#documents vaadin-upload input[type='file']")
                    .setInputFiles(new FilePayload("facture.pdf", "application/pdf", PDF));
            assertThat(page.locator("#documents-list")).containsText("facture.pdf");
            Accessibility.assertNoViolations(page);
            page.locator("#send-request").click();
            assertThat(page.locator("#confirm-send")).isVisible();
            page.locator("#confirm-send").click();
            assertThat(page.locator("#request-sent-text")).containsText("CHF 250.00");
            Matcher reference = Pattern.compile("[A-Z]{2}-\\d{4}-\\d{6}").matcher(page.locator("#request-sent-text").innerText());
            org.assertj.core.api.Assertions.assertThat(reference.find()).isTrue();
            Matcher copy = Pattern.compile("/requests/(\\d+)/copy\\.pdf").matcher(page.locator("#request-copy").getAttribute("href"));
            org.assertj.core.api.Assertions.assertThat(copy.find()).isTrue();
            return new Sent(Long.parseLong(copy.group(1)), reference.group());
        }
    }

    /**
     * Logged out, the user opens the correction e-mail, follows its link through the login to the
     * correction page, reads the office's message, goes through the detail's "Modifier ma demande",
     * changes the amount, adds a document and sends it back.
     */
    private static void correct(Page page, String home, String user, Sent sent, Texts texts) throws Exception {
        Page inbox = page.context().newPage();
        e2e.outbox().openLastMailTo(inbox, user, texts.correctionMail() + sent.reference());
        assertThat(inbox.locator("body")).containsText(texts.message());
        String link = StackOutbox.firstLinkOf(inbox, "/correction");
        org.assertj.core.api.Assertions.assertThat(link).isEqualTo(home + "guichet/demandes/" + sent.id() + "/correction");
        inbox.close();

        page.navigate(link);
        E2EPages.logIn(e2e.outbox(), page, user, link);
        assertThat(page.locator("#office-message")).containsText(texts.message());
        assertThat(page.locator("#office-message")).hasAttribute("role", "status");
        assertThat(page.locator("#amount input")).hasValue("250.00");
        Accessibility.assertNoViolations(page);

        page.navigate(home + "guichet/demandes/" + sent.id());
        assertThat(page.locator("#request-detail")).containsText(texts.message());
        assertThat(page.locator("#detail-status")).containsText(texts.toComplete());
        Accessibility.assertNoViolations(page);
        page.locator("#edit-request").click();
        assertThat(page.locator("#send-correction")).isVisible();
        assertThat(page.locator("#issuer input")).hasValue("Physio du Lac");
        Locator amount = page.locator("#amount input");
        amount.fill("275.00");
        amount.press("Tab");
        page.locator("#documents vaadin-upload input[type='file']")
                .setInputFiles(new FilePayload("facture-complete.pdf", "application/pdf", PDF));
        assertThat(page.locator("#documents-list")).containsText("facture-complete.pdf");
        assertThat(page.locator("#request-documents")).containsText("facture.pdf");
        Accessibility.assertNoViolations(page);

        page.locator("#send-correction").click();
        assertThat(page.locator("#confirm-send")).isVisible();
        Accessibility.assertNoViolations(page);
        page.locator("#confirm-send").click();
        page.waitForURL(url -> url.endsWith("/guichet/demandes/" + sent.id()));
        assertThat(page.locator("#detail-status")).containsText(texts.inProgress());
        assertThat(page.locator("#request-detail")).containsText("CHF 275.00");
        assertThat(page.locator("#request-documents")).containsText("facture-complete.pdf");
        assertThat(page.locator("#request-transitions")).containsText(texts.toComplete() + " → " + texts.inProgress());
        assertThat(page.locator("#confirm-send")).isHidden();
        Accessibility.assertNoViolations(page);
    }

    /** The copy and the document in frames, fetched by the page itself (the browser resolves *.localhost, the driver does not). */
    private static void assertPreviews(Page page, long id, String language) {
        String copy = page.locator("#request-copy").getAttribute("src");
        org.assertj.core.api.Assertions.assertThat(copy).isEqualTo("/office/requests/" + id + "/copy.pdf?lang=" + language);
        assertThat(page.locator("#request-documents iframe")).hasCount(1);
        String document = page.locator("#request-documents iframe").getAttribute("src");
        for (String preview : new String[] {copy, document}) {
            Object headers = page.evaluate("""
                    async url => {
                      const file = await fetch(url);
                      return [String(file.status), file.headers.get('content-type'),
                              file.headers.get('content-security-policy'), file.headers.get('x-frame-options')];
                    }""", preview);
            org.assertj.core.api.Assertions.assertThat(headers).as(preview).isEqualTo(List.of("200", "application/pdf",
                    "sandbox; frame-ancestors 'self'", "SAMEORIGIN"));
        }
    }

    /**
     * Clicks a decision's button once Vaadin is idle and the button enabled, then waits for the
     * dialog's element: a click sent while the page's round trip (the frames' page loading) was
     * still under way was the one found lost.
     */
    private static void openDialog(Page page, String button, String shown) {
        idle(page);
        assertThat(page.locator(button)).isEnabled();
        page.locator(button).click();
        assertThat(page.locator(shown)).isVisible();
    }

    private static BrowserContext newContext(String language) {
        BrowserContext context = e2e.browser().newContext(new Browser.NewContextOptions().setLocale(language + "-CH")
                .setAcceptDownloads(true));
        context.setDefaultTimeout(Chromium.WAIT_MILLIS);
        return context;
    }
}
