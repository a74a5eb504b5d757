package ch.guichetai.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium, headless, driven by Playwright (which downloads no browser of its own), with
 * the flags this closed network needs.
 */
final class Chromium implements AutoCloseable {

    /**
     * How long the end-to-end tests wait for a condition (a page, a redirect, a text, a mail, an
     * SMS): generous, so a loaded 2-core machine passes (20 s failed there); a met condition returns at once.
     */
    static final double WAIT_MILLIS = 60_000;

    private static final Path EXECUTABLE = Path.of(System.getProperty("guichet.chromium", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium launch() {
        assertThat(EXECUTABLE).as("Debian's chromium (apt-get install chromium)").exists();
        PlaywrightAssertions.setDefaultAssertionTimeout(WAIT_MILLIS);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        return new Chromium(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync"))));
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
