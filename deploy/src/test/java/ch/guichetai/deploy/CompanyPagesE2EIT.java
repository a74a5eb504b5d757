package ch.guichetai.deploy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The company pages end to end (issue 4): "Bénéficiaires" shared by the Gérant and the
 * Collaborateurs, with the procuration uploaded and downloaded, and "Ma société", the Gérant's
 * alone. The packaged local stack with the demo company of Geneva, driven by headless Chromium;
 * SMS codes come from the development outbox, e-mails from the browser inbox.
 */
class CompanyPagesE2EIT {

    private static final Path WORK = Path.of("target", "company-e2e").toAbsolutePath();
    private static final String GERANT = "gerant.ge@demo.guichet-ai.ch";
    private static final String COLLABORATEUR = "collaborateur.ge@demo.guichet-ai.ch";
    /** A real one-page PDF, as small as it gets. */
    private static final byte[] PROCURATION = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);

    private static E2EStack e2e;
    private static Browser browser;
    private static int port;
    private static int mailPort;
    private static StackOutbox outbox;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startTheStackAndABrowser() throws Exception {
        e2e = E2EStack.start(WORK);
        port = e2e.port();
        mailPort = e2e.outbox().mailPort();
        outbox = e2e.outbox();
        browser = e2e.browser();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (e2e != null) {
            e2e.close();
        }
    }

    @BeforeEach
    void freshBrowser() {
        context = newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(WORK.resolve(test.getTestMethod().orElseThrow().getName() + ".png")));
        context.close();
    }

    @Test
    void theGerantAddsABeneficiaryWithItsProcurationAndTheCollaborateurSeesIt() throws Exception {
        String lastName = "Favre" + uniqueLetters();
        String avs = newAvsNumber();
        logIn(page, GERANT);
        page.navigate(home() + "beneficiaires");
        page.locator("#add-beneficiary").click();

        page.locator("#title").getByText("Femme").click();
        fill("lastName", lastName);
        fill("firstName", "Léa");
        fill("birthDate", "14.03.1985");
        page.locator("#birthDate input").press("Enter");
        fill("avsNumber", "756.1234.5678.90");
        fill("street", "Rue de Lausanne 5");
        fill("postalCode", "1201");
        fill("locality", "Genève");
        page.locator("#save-beneficiary").click();

        assertThat(page.locator("#avsNumber [slot='error-message']"))
                .hasText("Ce numéro AVS n’est pas valable : vérifiez les chiffres.");
        assertThat(page.locator("#lastName input")).hasValue(lastName);
        assertThat(page.locator("#firstName input")).hasValue("Léa");
        assertThat(page.locator("#birthDate input")).hasValue("14.03.1985");
        assertThat(page.locator("#locality input")).hasValue("Genève");
        assertThat(page.locator("#avsNumber input")).hasValue("756.1234.5678.90");

        fill("avsNumber", avs);
        page.locator("#procuration vaadin-upload input[type='file']")
                .setInputFiles(new FilePayload("procuration.pdf", "application/pdf", PROCURATION));
        assertThat(page.locator("#procuration-status")).containsText("Fichier reçu : procuration.pdf");
        page.locator("#save-beneficiary").click();

        assertThat(notification("Le bénéficiaire Léa " + lastName + " a été enregistré.")).isVisible();
        assertThat(page.locator("#beneficiary-editor")).hasCount(0);
        assertThat(cell(lastName)).isVisible();

        // The name filter finds it, and only what matches.
        page.locator("#filter-name input").fill("Zz" + uniqueLetters());
        assertThat(cell(lastName)).hasCount(0);
        page.locator("#filter-name input").fill(lastName.toLowerCase());
        assertThat(cell(lastName)).isVisible();
        assertThat(cell(avs)).isVisible();

        // The saved procuration comes back as the same PDF.
        page.locator("#beneficiaries vaadin-button[aria-label='Modifier le bénéficiaire']:visible").first().click();
        Locator link = page.locator("#procuration-download");
        assertThat(link).isVisible();
        assertThat(link).hasAttribute("href", Pattern.compile("/documents/procurations/\\d+"));
        Download download = page.waitForDownload(link::click);
        assertThat(download.suggestedFilename()).isEqualTo("procuration.pdf");
        assertThat(Files.readAllBytes(download.path())).isEqualTo(PROCURATION);
        // The same request with the page's session, as a script of the page would send it.
        Object fetched = page.evaluate("""
                async href => {
                  const response = await fetch(href);
                  const bytes = new Uint8Array(await response.arrayBuffer());
                  return [String(response.status), response.headers.get('content-type'), btoa(String.fromCharCode(...bytes))];
                }""", link.getAttribute("href"));
        assertThat(fetched).isEqualTo(List.of("200", "application/pdf",
                java.util.Base64.getEncoder().encodeToString(PROCURATION)));
        page.locator("#close-beneficiary").click();

        // Opened without a session (a copied link, a bookmark), the link leads through the login to the file.
        BrowserContext anonymous = newContext();
        try {
            Page outsider = anonymous.newPage();
            outsider.navigate(home() + link.getAttribute("href").substring(1));
            enterPasswordAndSmsCode(outsider, GERANT);
            Download afterLogin = outsider.waitForDownload(() -> outsider.locator("#guichet-sms-submit").click());
            assertThat(Files.readAllBytes(afterLogin.path())).isEqualTo(PROCURATION);
        } finally {
            anonymous.close();
        }

        // A Collaborateur of the same company sees it too.
        BrowserContext other = newContext();
        try {
            Page collaborateur = other.newPage();
            logIn(collaborateur, COLLABORATEUR);
            collaborateur.navigate(home() + "beneficiaires");
            collaborateur.locator("#filter-name input").fill(lastName);
            assertThat(cell(collaborateur, lastName)).isVisible();
            assertThat(cell(collaborateur, avs)).isVisible();
        } finally {
            other.close();
        }
    }

    @Test
    void theGerantAddsAndRemovesACollaborateurButNeverTheLastGerant() throws Exception {
        String email = "nouveau." + System.nanoTime() + "@orthopedie-romande.ch";
        String lastName = "Morel" + uniqueLetters();
        logIn(page, GERANT);
        page.locator(".app-nav a", new Page.LocatorOptions().setHasText("Ma société")).click();
        assertThat(page.locator("h1")).hasText("Ma société");

        page.locator("#add-member").click();
        page.locator("#member-title").getByText("Homme").click();
        fill("member-last-name", lastName);
        fill("member-first-name", "Luc");
        fill("member-email", email);
        fill("member-mobile", StackOutbox.national(newMobile()));
        page.locator("#save-member").click();
        assertThat(notification("Un e-mail a été envoyé à " + email + " avec le lien pour définir le mot de passe.")).isVisible();
        assertThat(memberCell(email)).isVisible();

        // The invitation leads to Keycloak's page to choose the password.
        BrowserContext invited = newContext();
        try {
            Page inbox = invited.newPage();
            outbox.openLastMailTo(inbox, email, "Votre accès au Guichet en ligne");
            inbox.navigate(StackOutbox.firstLinkOf(inbox, "/login-actions/action-token"));
            Locator proceed = inbox.locator("a[href*='login-actions']");
            if (proceed.count() > 0) {
                proceed.first().click();
            }
            assertThat(inbox.locator("#password-new")).isVisible();
            assertThat(inbox.locator("body")).containsText("Choisissez un nouveau mot de passe");
        } finally {
            invited.close();
        }

        // Removed after a confirmation.
        page.locator("#" + memberButton(email, "remove-")).click();
        assertThat(page.locator("vaadin-confirm-dialog")).containsText("Supprimer Luc " + lastName + " ?");
        page.locator("vaadin-button[slot='confirm-button']:visible").click();
        assertThat(notification("Luc " + lastName + " a été supprimé de la société.")).isVisible();
        assertThat(memberCell(email)).hasCount(0);

        // The only Gérant can neither become a Collaborateur nor leave.
        String lastManager = "Votre société doit garder au moins un gérant : nommez d’abord un autre collaborateur gérant.";
        String gerantRole = memberButton(GERANT, "role-");
        page.locator("#" + gerantRole).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Collaborateur").setExact(true)).click();
        assertThat(page.locator("#members-message")).hasText(lastManager);
        assertThat(page.locator("#" + gerantRole)).containsText("Gérant");

        page.locator("#" + memberButton(GERANT, "remove-")).click();
        page.locator("vaadin-button[slot='confirm-button']:visible").click();
        assertThat(page.locator("#members-message")).hasText(lastManager);
        assertThat(memberCell(GERANT)).isVisible();
    }

    @Test
    void aCollaborateurHasNoMaSociete() throws Exception {
        logIn(page, COLLABORATEUR);
        assertThat(page.locator(".app-nav a", new Page.LocatorOptions().setHasText("Bénéficiaires"))).isVisible();
        assertThat(page.locator(".app-nav a", new Page.LocatorOptions().setHasText("Ma société"))).hasCount(0);

        page.navigate(home() + "ma-societe");
        assertThat(page.locator("h1")).hasText("Page introuvable");
        assertThat(page.locator("#members")).hasCount(0);
        assertThat(page.locator("#add-member")).hasCount(0);
        assertThat(page.locator("#company-data")).hasCount(0);
    }

    // ---- helpers ----

    private BrowserContext newContext() {
        BrowserContext fresh = browser.newContext(new Browser.NewContextOptions().setLocale("fr-CH").setAcceptDownloads(true));
        fresh.setDefaultTimeout(Chromium.WAIT_MILLIS);
        return fresh;
    }

    /** Logs a demo user of Geneva in with the password and the SMS code, up to the guichet. */
    private void logIn(Page on, String email) throws Exception {
        on.navigate(home());
        on.locator("#login").click();
        enterPasswordAndSmsCode(on, email);
        on.locator("#guichet-sms-submit").click();
        on.waitForURL(url -> url.contains("localhost:" + port) && url.contains("/guichet"),
                new Page.WaitForURLOptions().setTimeout(Chromium.WAIT_MILLIS));
        assertThat(on.locator("#current-user")).hasText(email);
    }

    /** On Keycloak's login page of Geneva: e-mail, password, then the SMS code, up to its submit button. */
    private void enterPasswordAndSmsCode(Page on, String email) throws Exception {
        on.locator("#username").fill(email);
        on.locator("#password").fill(DemoUsers.PASSWORD);
        String mobile = StackOutbox.mobileOf(email);
        long smsBefore = outbox.smsTo(mobile).size();
        on.locator("#kc-login").click();
        assertThat(on.locator("#code")).isVisible();
        on.locator("#code").fill(outbox.awaitNewCode(mobile, smsBefore));
    }

    private void fill(String id, String value) {
        Locator field = page.locator("#" + id + ":visible input").first();
        field.fill(value);
        field.blur();
    }

    /** The notification saying {@code text}: earlier ones may still show. */
    private Locator notification(String text) {
        return page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText(text));
    }

    private Locator cell(String text) {
        return cell(page, text);
    }

    private static Locator cell(Page on, String text) {
        return on.locator("#beneficiaries vaadin-grid-cell-content:visible", new Page.LocatorOptions().setHasText(text));
    }

    private Locator memberCell(String text) {
        return page.locator("#members vaadin-grid-cell-content:visible", new Page.LocatorOptions().setHasText(text));
    }

    /**
     * The id of a component in the members grid's row of {@code email}: the grid's rows are in its
     * shadow DOM, each cell a slot for a light-DOM cell content.
     */
    private String memberButton(String email, String idPrefix) {
        assertThat(memberCell(email)).isVisible();
        Object id = page.locator("#members").evaluate("""
                (grid, [email, prefix]) => {
                  for (const row of grid.shadowRoot.querySelectorAll('tbody tr')) {
                    const contents = [...row.querySelectorAll('slot')].flatMap(slot => slot.assignedElements());
                    if (contents.some(content => content.textContent.trim() === email)) {
                      const found = contents.map(content => content.querySelector('[id^="' + prefix + '"]')).find(Boolean);
                      return found ? found.id : null;
                    }
                  }
                  return null;
                }""", List.of(email, idPrefix));
        assertThat(id).as(idPrefix + " in the row of " + email).isNotNull();
        return id.toString();
    }

    /** A valid AVS number not used before: 756, nine random digits, the EAN-13 check digit; 756.1234.5678.97 as typed. */
    private static String newAvsNumber() {
        String digits = DemoUsers.withCheckDigit("756" + "%09d".formatted(ThreadLocalRandom.current().nextInt(1_000_000_000)));
        return digits.substring(0, 3) + "." + digits.substring(3, 7) + "." + digits.substring(7, 11) + "." + digits.substring(11);
    }

    /** A Swiss mobile number no demo user has, in E.164. */
    private static String newMobile() {
        return "+41786%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
    }

    /** Lower-case letters that differ from run to run, for names (which take no digits). */
    private static String uniqueLetters() {
        StringBuilder letters = new StringBuilder();
        for (long n = System.nanoTime() % 308_915_776L; letters.length() < 6; n /= 26) {
            letters.append((char) ('a' + n % 26));
        }
        return letters.toString();
    }

    private static String home() {
        return "http://ge.localhost:" + port + "/";
    }
}
