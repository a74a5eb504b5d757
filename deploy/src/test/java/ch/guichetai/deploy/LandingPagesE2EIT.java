package ch.guichetai.deploy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Smoke test of the packaged application in headless Chromium: each canton's host shows its own
 * office, an unknown host shows no canton at all.
 */
class LandingPagesE2EIT {

    private static final Path APP_JAR = Path.of(System.getProperty("guichet.app.jar", "../ui-vaadin/target/guichet-ai-exec.jar"));
    private static final Path SCREENSHOTS = Path.of("target", "e2e");

    private static JavaProcess app;
    private static Chromium chromium;
    private static Browser browser;
    private static int port;

    @BeforeAll
    static void startTheAppAndABrowser() throws Exception {
        port = JavaProcess.freePort();
        // No Keycloak here: the landing pages need none, only a client secret to start.
        app = JavaProcess.start(APP_JAR, SCREENSHOTS.resolve("app.log"), "--server.port=" + port,
                "--guichet.keycloak.client-secret=landing-pages-need-no-keycloak");
        app.awaitOutput("Started GuichetApplication", Duration.ofSeconds(120));

        chromium = Chromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void genevaShowsItsOwnOffice() {
        try (Page page = browser.newPage()) {
            page.navigate("http://ge.localhost:" + port + "/");

            assertThat(page.locator("h1")).hasText("Guichet en ligne de l’AI – Genève");
            assertThat(page.locator(".contact-card")).containsText("Rue des Gares 12");
            assertThat(page.locator(".contact-card")).containsText("1211 Genève 2");
            assertThat(page.locator("html")).hasAttribute("lang", "fr");
            assertThat(page.getByText("IV-Stelle Kanton Bern")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("ge.png")).setFullPage(true));
        }
    }

    @Test
    void bernShowsItsOwnOfficeInGermanThenInFrench() {
        try (Page page = browser.newPage()) {
            page.navigate("http://be.localhost:" + port + "/");

            assertThat(page.locator("h1")).hasText("Online-Schalter der IV – Bern");
            assertThat(page.locator(".contact-card")).containsText("Scheibenstrasse 70");
            assertThat(page.getByText("Office cantonal des assurances sociales")).hasCount(0);

            page.locator(".language-switcher vaadin-button", new Page.LocatorOptions().setHasText("FR")).click();

            assertThat(page.locator("h1")).hasText("Guichet en ligne de l’AI – Berne");
            assertThat(page.locator(".contact-card")).containsText("Office AI Canton de Berne");
            assertThat(page.locator("html")).hasAttribute("lang", "fr");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("be-fr.png")).setFullPage(true));
        }
    }

    @Test
    void thePublicPagesPassTheWcagAaChecksInBothLanguages() {
        for (String canton : List.of("ge", "be")) {
            for (String path : List.of("", "inscription", "conditions-utilisation", "protection-des-donnees", "mentions-legales")) {
                try (Page page = browser.newPage()) {
                    page.navigate("http://" + canton + ".localhost:" + port + "/" + path);
                    assertThat(page.locator("h1").first()).isVisible();
                    Accessibility.assertNoViolations(page);
                }
            }
        }
    }

    @Test
    void anUnknownHostGetsNoCanton() {
        for (String host : List.of("zh.localhost", "localhost")) {
            try (Page page = browser.newPage()) {
                Response response = page.navigate("http://" + host + ":" + port + "/");

                assertThat(response.status()).isEqualTo(404);
                assertThat(page.locator("h1").first()).hasText("Canton inconnu");
                assertThat(page.getByText("Unbekannter Kanton")).isVisible();
                assertThat(page.content()).doesNotContain("Guichet en ligne de l’AI –", "Office cantonal");
            }
        }
    }
}
