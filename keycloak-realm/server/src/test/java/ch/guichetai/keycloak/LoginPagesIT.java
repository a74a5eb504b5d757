package ch.guichetai.keycloak;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a new user sees of Keycloak's pages (issue 9): pages that look like the application (light,
 * the canton's arms and office, Lumo's type and blue buttons) and pass axe's WCAG 2.1 AA rules
 * under the realms' strict CSP; a removed company member is sent to the office AI, in French and
 * German; the e-mail verification pages keep their apostrophes. Screenshots go to
 * {@code target/screenshots/}.
 */
@ExtendWith(KeycloakStack.Extension.class)
class LoginPagesIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Pattern LINK = Pattern.compile("https?://\\S+/login-actions/action-token\\S+");
    /** Lumo's light theme, as the application shows it (ui-vaadin: Lumo, styles.css). */
    private static final String LUMO_PRIMARY = "rgb(0, 106, 245)";

    private final KeycloakStack keycloak = KeycloakStack.get();
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> blockedByCsp = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterEach
    void closeBrowsersAndCheckTheCsp() {
        contexts.forEach(BrowserContext::close);
        assertThat(blockedByCsp).as("what the login pages' CSP blocked (no outside fonts or images)").isEmpty();
    }

    @Test
    void genevaInFrenchLooksLikeTheApplication() {
        Page page = login("ge", "fr-CH");
        screenshot(page, "login-ge-fr.png");
        assertThat(page.locator(".guichet-portal")).hasText("Guichet en ligne de l’AI – Genève");
        assertThat(page.locator(".guichet-office")).hasText("Office cantonal des assurances sociales");
        assertThat(page.locator(".guichet-logo")).hasAttribute("alt", "Armoiries du canton : Genève");
        looksLikeTheApplication(page);

        // Our own SMS code page follows, being drawn by the same template and stylesheet.
        enterPassword(page, "apparence@ge.test");
        assertThat(page.locator("#guichet-sms-instruction")).isVisible();
        screenshot(page, "sms-code-ge-fr.png");
        assertThat(style(page, "#guichet-sms-submit", "backgroundColor")).isEqualTo(LUMO_PRIMARY);
        noAxeViolations(page);
    }

    @Test
    void onAPhoneTheHeaderAndTheFormStillFit() {
        BrowserContext phone = keycloak.newContext(new Browser.NewContextOptions().setLocale("fr-CH")
                .setViewportSize(390, 844));
        contexts.add(phone);
        Page page = phone.newPage();
        keycloak.openLogin(page, "ge");
        screenshot(page, "login-ge-fr-phone.png");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no horizontal scrolling").isTrue();
        noAxeViolations(page);
    }

    @Test
    void bernInGermanLooksLikeTheApplication() {
        Page page = login("be", "de-CH");
        screenshot(page, "login-be-de.png");
        assertThat(page.locator(".guichet-portal")).hasText("Online-Schalter der IV – Bern");
        assertThat(page.locator(".guichet-office")).hasText("IV-Stelle Kanton Bern");
        assertThat(page.locator(".guichet-logo")).hasAttribute("alt", "Wappen des Kantons Bern");
        looksLikeTheApplication(page);
    }

    @Test
    void aRemovedMemberIsToldToContactTheOfficeInFrench() throws Exception {
        disable("ge", "retire@ge.test");
        Page page = login("ge", "fr-CH");
        enterPassword(page, "retire@ge.test");

        assertThat(page.locator(".kc-feedback-text")).hasText("Votre compte est désactivé. Veuillez contacter votre office AI.");
        screenshot(page, "login-ge-fr-disabled.png");
    }

    @Test
    void aRemovedMemberIsToldToContactTheOfficeInGerman() throws Exception {
        disable("be", "entfernt@be.test");
        Page page = login("be", "de-CH");
        enterPassword(page, "entfernt@be.test");

        assertThat(page.locator(".kc-feedback-text")).hasText("Ihr Konto ist deaktiviert. Bitte wenden Sie sich an Ihre IV-Stelle.");
    }

    /** Keycloak formats these page titles twice: Keycloak's French "Validation de l''adresse de courriel" lost its apostrophe. */
    @Test
    void theEmailVerificationPagesKeepTheirApostrophesAndOurWording() throws Exception {
        String email = "verifier@ge.test";
        String id = keycloak.userId("ge", email);
        String user = keycloak.adminGet("/ge/users/" + id);
        keycloak.adminPut("/ge/users/" + id, user.replace("\"emailVerified\":true", "\"emailVerified\":false"));
        int mailsBefore = keycloak.mailsTo(email).size();
        keycloak.adminPut("/ge/users/" + id + "/send-verify-email?client_id=guichet-app&redirect_uri="
                + java.net.URLEncoder.encode(KeycloakStack.APP_ORIGIN.formatted("ge.localhost") + "/guichet",
                java.nio.charset.StandardCharsets.UTF_8), null);
        Matcher link = LINK.matcher(KeycloakStack.text(keycloak.awaitMailTo(email, mailsBefore)));
        assertThat(link.find()).isTrue();

        // Opened in another browser than the one of the registration, as from a mail program.
        Page page = newPage("fr-CH");
        page.navigate(link.group());
        assertThat(page.locator("#kc-page-title")).hasText("Confirmez votre adresse e-mail");
        assertThat(page.locator("#kc-info-message")).containsText("Confirmez que l'adresse " + email + " est bien la vôtre.");
        screenshot(page, "verify-email-ge-fr.png");

        // The address is confirmed; Keycloak then ends the action with its "account updated" page.
        page.getByText("Continuer").click();
        assertThat(page.locator("#kc-page-title")).hasText("Compte mis à jour");
        assertThat(page.getByText("Retour au Guichet en ligne")).isVisible();
        assertThat(keycloak.adminGet("/ge/users/" + id)).contains("\"emailVerified\":true");
    }

    private void looksLikeTheApplication(Page page) {
        // Light page and white card, no Keycloak background picture.
        assertThat(style(page, "body", "backgroundImage")).isEqualTo("none");
        assertThat(luminance(style(page, "body", "backgroundColor"))).isGreaterThan(0.85);
        assertThat(style(page, ".pf-v5-c-login__main", "backgroundColor")).isEqualTo("rgb(255, 255, 255)");
        // Lumo's type and primary button.
        assertThat(style(page, "body", "fontFamily")).startsWith("-apple-system");
        assertThat(style(page, "#kc-login", "backgroundColor")).isEqualTo(LUMO_PRIMARY);
        assertThat(style(page, "#kc-login", "color")).isEqualTo("rgb(255, 255, 255)");
        assertThat(style(page, ".guichet-portal", "textTransform")).isEqualTo("none");

        // The focus is visible: a keyboard user reaches the button with Tab.
        page.locator("#password").focus();
        for (int tab = 0; tab < 4 && !"kc-login".equals(page.evaluate("document.activeElement.id")); tab++) {
            page.keyboard().press("Tab");
        }
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("kc-login");
        assertThat(style(page, "#kc-login", "outlineStyle")).isEqualTo("solid");
        assertThat(style(page, "#kc-login", "outlineWidth")).isEqualTo("2px");

        noAxeViolations(page);
    }

    /** axe-core's WCAG 2.0/2.1 A and AA rules (contrast, labels, names, language…). */
    private static void noAxeViolations(Page page) {
        AxeResults axe = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        assertThat(axe.getViolations().stream().map(rule -> rule.getId() + ": " + rule.getHelp() + " "
                + rule.getNodes().stream().map(node -> node.getHtml()).toList()).toList()).isEmpty();
        assertThat(axe.getPasses().stream().map(rule -> rule.getId())).as("axe ran its checks").contains("color-contrast");
    }

    /** A new browser context whose page reports what the CSP blocks. */
    private Page newPage(String locale) {
        BrowserContext context = keycloak.newContext(new Browser.NewContextOptions().setLocale(locale));
        contexts.add(context);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                blockedByCsp.add(message.text());
            }
        });
        return page;
    }

    private Page login(String realm, String locale) {
        Page page = newPage(locale);
        keycloak.openLogin(page, realm);
        assertThat(page.locator("#username")).isVisible();
        return page;
    }

    private void disable(String realm, String email) throws Exception {
        String id = keycloak.userId(realm, email);
        keycloak.adminPut("/" + realm + "/users/" + id,
                keycloak.adminGet("/" + realm + "/users/" + id).replace("\"enabled\":true", "\"enabled\":false"));
        assertThat(keycloak.adminGet("/" + realm + "/users/" + id)).contains("\"enabled\":false");
    }

    private static void enterPassword(Page page, String email) {
        page.locator("#username").fill(email);
        page.locator("#password").fill(KeycloakStack.PASSWORD);
        page.locator("#kc-login").click();
        page.waitForLoadState();
    }

    private static void screenshot(Page page, String file) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(file)).setFullPage(true));
    }

    private static String style(Page page, String selector, String property) {
        return (String) page.locator(selector).first().evaluate("(element, property) => getComputedStyle(element)[property]", property);
    }

    /** Relative luminance (WCAG) of a computed rgb()/rgba() colour. */
    private static double luminance(String rgb) {
        Matcher channels = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(rgb);
        assertThat(channels.find()).as(rgb).isTrue();
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(channels.group(i + 1)) / 255.0;
            linear[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }
}
