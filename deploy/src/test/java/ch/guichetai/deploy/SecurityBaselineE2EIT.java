package ch.guichetai.deploy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The security baseline of issue 13 in a real browser, on the packaged local stack: the pages,
 * anonymous and logged in, work under the Content-Security-Policy with no violation; a logged-in
 * person is warned two minutes before the 30 minutes' idle timeout and can stay signed in; once
 * the session has ended, the next click leads to the home page, which says why. The browser's clock is driven by Playwright, so the
 * test waits for no real half hour.
 */
class SecurityBaselineE2EIT {

    private static final Path WORK = Path.of("target", "security-e2e").toAbsolutePath();
    private static final String GERANT = "gerant.ge@demo.guichet-ai.ch";

    private static E2EStack e2e;
    private static Browser browser;
    private static int port;
    private static StackOutbox outbox;

    private final List<String> browserErrors = new CopyOnWriteArrayList<>();
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startTheStackAndABrowser() throws Exception {
        e2e = E2EStack.start(WORK);
        port = e2e.port();
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
        context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-CH"));
        context.setDefaultTimeout(Chromium.WAIT_MILLIS);
        page = context.newPage();
        // Chromium reports every blocked script, style, image or connection on the console.
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Permissions-Policy")) {
                browserErrors.add(message.text());
            }
        });
        page.onPageError(error -> browserErrors.add(error));
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(WORK.resolve(test.getTestMethod().orElseThrow().getName() + ".png")));
        context.close();
    }

    @Test
    void thePagesWorkUnderTheContentSecurityPolicy() throws Exception {
        Response home = page.navigate(home());
        assertThat(home.headers().get("content-security-policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(home.headers().get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(page.locator("#login")).isVisible();

        page.navigate(home() + "inscription");
        assertThat(page.locator("#usage")).isVisible();

        logIn();
        Accessibility.assertNoViolations(page); // and the pages behind the login pass WCAG 2.1 AA's automatic checks
        page.navigate(home() + "beneficiaires");
        assertThat(page.locator("#add-beneficiary")).isVisible();
        Accessibility.assertNoViolations(page);
        Response account = page.navigate(home() + "mon-compte");
        assertThat(account.headers().get("cache-control")).isEqualTo("no-store");
        assertThat(page.locator("#current-user")).hasText(GERANT);
        Accessibility.assertNoViolations(page);
        page.navigate(home() + "ma-societe");
        assertThat(page.locator("h1")).isVisible();
        Accessibility.assertNoViolations(page);

        assertThat(browserErrors).isEmpty();
    }

    @Test
    void aLoggedInPersonIsWarnedBeforeTheIdleTimeoutAndCanStay() throws Exception {
        logIn();
        // The page's timers now run on a clock the test moves forward.
        page.clock().install();
        page.reload();
        assertThat(page.locator("#current-user")).hasText(GERANT);
        assertThat(page.locator("#idle-warning")).isAttached();
        assertThat(page.locator("#idle-warning")).isHidden();
        settle();

        page.clock().fastForward("27:50");
        assertThat(page.locator("#idle-warning")).isHidden();
        page.clock().fastForward("00:20");
        assertThat(page.locator("#idle-warning")).isVisible();
        assertThat(page.locator("#idle-warning-text"))
                .hasText("Sans activité de votre part, votre session se fermera dans 2 minutes et vous devrez vous reconnecter.");
        page.screenshot(new Page.ScreenshotOptions().setPath(WORK.resolve("idle-warning.png")));

        page.locator("#idle-warning-stay").click();
        assertThat(page.locator("#idle-warning")).isHidden();
        settle();
        page.clock().fastForward("27:00");
        assertThat(page.locator("#idle-warning")).isHidden();
        page.clock().fastForward("01:10");
        assertThat(page.locator("#idle-warning")).isVisible();

        // Anything done in the application counts as activity too, and the warning stays in every page.
        page.locator(".app-nav a", new Page.LocatorOptions().setHasText("Bénéficiaires")).click();
        assertThat(page.locator("#add-beneficiary")).isVisible();
        assertThat(page.locator("#idle-warning")).isHidden();
        settle();
        page.clock().fastForward("27:50");
        assertThat(page.locator("#idle-warning")).isHidden();
        page.clock().fastForward("00:20");
        assertThat(page.locator("#idle-warning")).isVisible();
        assertThat(browserErrors).isEmpty();
    }

    @Test
    void whenTheSessionHasEndedTheNextClickLeadsToTheHomePageThatSaysWhy() throws Exception {
        logIn();
        // The browser still sends its cookie, but the server no longer knows the session, as after
        // the idle timeout or the maximum.
        context.clearCookies();
        context.addCookies(List.of(new Cookie("JSESSIONID", "00000000000000000000000000000000")
                .setDomain("ge.localhost").setPath("/")));
        page.locator(".app-nav a", new Page.LocatorOptions().setHasText("Bénéficiaires")).click();

        page.waitForURL(url -> url.contains("state=session-expired"), new Page.WaitForURLOptions().setTimeout(Chromium.WAIT_MILLIS));
        assertThat(page.locator("#sign-in-notice")).containsText("Votre session a été fermée après une période d’inactivité");
        assertThat(page.locator("#login")).isVisible();
        assertThat(browserErrors).isEmpty();
    }

    /**
     * The page's clock stands still between the test's steps, so an exchange with the server
     * started by a click (and those it leads to, such as a grid fetching its rows) would end only
     * during the next jump and count as activity at its end. Lets the page's time run in small
     * steps until Vaadin's connection has stayed idle, as it does within a moment in real life.
     */
    private void settle() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int quietSteps = 0;
        while (quietSteps < 3 && System.nanoTime() < deadline) {
            page.clock().runFor(100);
            boolean connected = "connected".equals(page.evaluate("() => window.Vaadin.connectionState.state"));
            quietSteps = connected ? quietSteps + 1 : 0;
        }
        assertThat(quietSteps).as("Vaadin's connection idle").isEqualTo(3);
    }

    /** Logs the Gérant of Geneva's demo company in with the password and the SMS code, up to the guichet. */
    private void logIn() throws Exception {
        page.navigate(home());
        page.locator("#login").click();
        E2EPages.logIn(outbox, page, GERANT, home() + "guichet");
    }

    private static String home() {
        return "http://ge.localhost:" + port + "/";
    }
}
