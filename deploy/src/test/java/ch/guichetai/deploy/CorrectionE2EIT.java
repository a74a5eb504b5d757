package ch.guichetai.deploy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The correction of a request in the browser (issue 12 item 4, ADR 0037): the Geneva demo
 * beneficiary sends a travel invoice; the office asks a correction (here in the database, as
 * {@code RequestDecisions.askCorrection} does, until the office's page is merged); logged out, the
 * user follows the e-mail's link, logs in and lands on the correction page; from the request's
 * detail "Modifier ma demande" opens it again, the user changes the amount, adds a document and
 * sends: the detail shows it "En traitement" with the new total. axe-core checks every page.
 */
class CorrectionE2EIT {

    private static final Path WORK = Path.of("target", "correction-e2e").toAbsolutePath();
    private static final String USER = "beneficiaire.ge@demo.guichet-ai.ch";
    private static final String MESSAGE = "Le billet coûtait CHF 120.00 : corrigez le montant et joignez-le.";
    private static final byte[] TICKET = RequestFormsE2EIT.TICKET;

    private static E2EStack e2e;

    @BeforeAll
    static void startTheStackAndABrowser() throws Exception {
        e2e = E2EStack.start(WORK);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (e2e != null) {
            e2e.close();
        }
    }

    @Test
    void theUserFollowsTheLinkThroughTheLoginCorrectsAndSendsBack() throws Exception {
        long id = sentByTheUser();
        askCorrection(id);

        BrowserContext context = newContext();
        Page page = context.newPage();
        try {
            String link = home() + "guichet/demandes/" + id + "/correction";
            page.navigate(link);
            logIn(page, link);
            assertThat(page.locator("#office-message")).containsText(MESSAGE);
            assertThat(page.locator("#office-message")).hasAttribute("role", "status");
            assertThat(page.locator("#trip-0-ticketAmount input")).hasValue("102.00");
            Accessibility.assertNoViolations(page);

            page.navigate(home() + "guichet/demandes/" + id);
            assertThat(page.locator("#request-detail")).containsText(MESSAGE);
            assertThat(page.locator("#detail-status")).containsText("A compléter");
            Accessibility.assertNoViolations(page);
            page.locator("#edit-request").click();
            assertThat(page.locator("#send-correction")).isVisible();
            assertThat(page.locator("#trip-0-purpose input")).hasValue("Hôpital");

            Locator amount = page.locator("#trip-0-ticketAmount input");
            amount.fill("120.00");
            amount.press("Tab");
            page.locator("#documents vaadin-upload input[type='file']")
                    .setInputFiles(new FilePayload("billet-120.pdf", "application/pdf", TICKET));
            assertThat(page.locator("#documents-list")).containsText("billet-120.pdf");
            assertThat(page.locator("#request-documents")).containsText("billet.pdf");
            Accessibility.assertNoViolations(page);

            page.locator("#send-correction").click();
            assertThat(page.locator("#confirm-send")).isVisible();
            page.waitForFunction("() => document.getAnimations().every(animation => animation.playState !== 'running')");
            Accessibility.assertNoViolations(page);
            page.locator("#confirm-send").click();

            assertThat(page.locator("#detail-status")).containsText("En traitement");
            assertThat(page.locator("#request-detail")).containsText("CHF 120.00");
            assertThat(page.locator("#request-documents")).containsText("billet-120.pdf");
            assertThat(page.locator("#request-transitions")).containsText("A compléter → En traitement");
            page.waitForURL(url -> url.endsWith("/guichet/demandes/" + id));
            assertThat(page.locator("#confirm-send")).isHidden();
            Accessibility.assertNoViolations(page);
        } finally {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(WORK.resolve("correction-ge.png")));
            context.close();
        }
    }

    /** Sends a trip Genève → Berne of CHF 102.00 with its ticket from the form page; its id from the PDF link. */
    private long sentByTheUser() throws Exception {
        BrowserContext context = newContext();
        Page page = context.newPage();
        try {
            page.navigate(home());
            page.locator("#login").click();
            logIn(page, home() + "guichet");
            page.locator("[id='form-318.632.1']").click();
            fill(page, "#decisionNumber input", "325 2025 1000896");
            date(page, "#trip-0-start", "06.06.2022");
            date(page, "#trip-0-end", "06.06.2022");
            fill(page, "#trip-0-purpose input", "Hôpital");
            fill(page, "#trip-0-from input", "Genève");
            fill(page, "#trip-0-to input", "Berne");
            fill(page, "#trip-0-ticketAmount input", "102.00");
            page.locator("#documents vaadin-upload input[type='file']")
                    .setInputFiles(new FilePayload("billet.pdf", "application/pdf", TICKET));
            assertThat(page.locator("#documents-list")).containsText("billet.pdf");
            page.locator("#send-request").click();
            page.locator("#confirm-send").click();
            assertThat(page.locator("#request-sent-text")).containsText("CHF 102.00");
            Matcher copy = Pattern.compile("/requests/(\\d+)/copy\\.pdf")
                    .matcher(page.locator("#request-copy").getAttribute("href"));
            org.assertj.core.api.Assertions.assertThat(copy.find()).isTrue();
            return Long.parseLong(copy.group(1));
        } finally {
            context.close();
        }
    }

    /** What the office's "Demander une correction" does: the status and its transition with the message. */
    private static void askCorrection(long id) throws Exception {
        try (Connection db = e2e.database()) {
            db.setAutoCommit(false);
            try (PreparedStatement status = db.prepareStatement(
                    "update request set status = 'TO_COMPLETE', version = version + 1 where id = ? and status = 'IN_PROGRESS'");
                 PreparedStatement transition = db.prepareStatement("""
                         insert into request_transition (canton, request_id, at, by_subject, by_email, from_status, to_status,
                         message) values ('ge', ?, utc_timestamp(6), 'e2e-agent', 'agent.ge@demo.guichet-ai.ch', 'IN_PROGRESS',
                         'TO_COMPLETE', ?)""")) {
                status.setLong(1, id);
                org.assertj.core.api.Assertions.assertThat(status.executeUpdate()).isEqualTo(1);
                transition.setLong(1, id);
                transition.setString(2, MESSAGE);
                transition.executeUpdate();
            }
            db.commit();
        }
    }

    /** Keycloak's login with the password and the SMS code, then back where the browser was going. */
    private static void logIn(Page page, String landing) throws Exception {
        page.locator("#username").fill(USER);
        page.locator("#password").fill(DemoUsers.PASSWORD);
        String mobile = StackOutbox.mobileOf(USER);
        long smsBefore = e2e.outbox().smsCount(mobile);
        page.locator("#kc-login").click();
        assertThat(page.locator("#code")).isVisible();
        page.locator("#code").fill(e2e.outbox().awaitNewCode(mobile, smsBefore));
        page.locator("#guichet-sms-submit").click();
        page.waitForURL(url -> url.startsWith(landing), new Page.WaitForURLOptions().setTimeout(Chromium.WAIT_MILLIS));
        assertThat(page.locator("#current-user")).hasText(USER);
    }

    private static void fill(Page page, String selector, String text) {
        Locator field = page.locator(selector);
        field.fill(text);
        field.press("Tab");
    }

    /** A date typed as dd.MM.yyyy and committed with Enter, which closes the picker's calendar. */
    private static void date(Page page, String selector, String date) {
        Locator input = page.locator(selector + " input");
        input.fill(date);
        input.press("Enter");
        assertThat(page.locator(selector)).not().hasAttribute("opened", "");
    }

    private static BrowserContext newContext() {
        BrowserContext context = e2e.browser().newContext(new Browser.NewContextOptions().setLocale("fr-CH"));
        context.setDefaultTimeout(Chromium.WAIT_MILLIS);
        return context;
    }

    private static String home() {
        return "http://ge.localhost:" + e2e.port() + "/";
    }
}
