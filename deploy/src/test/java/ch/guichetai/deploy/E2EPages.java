package ch.guichetai.deploy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * What the end-to-end tests do on the stack's pages the same way each time: Keycloak's login with
 * the password and the SMS code, typing into fields, dates, selects, and waiting for Vaadin to be
 * idle before a click whose answer the test waits for.
 */
final class E2EPages {

    private E2EPages() {
    }

    /**
     * On Keycloak's login page: the demo user's password, then the SMS code from the stack's
     * outbox; waits for the browser to land on a URL starting with {@code landing}.
     */
    static void logIn(StackOutbox outbox, Page page, String email, String landing) throws Exception {
        page.locator("#username").fill(email);
        page.locator("#password").fill(DemoUsers.PASSWORD);
        String mobile = StackOutbox.mobileOf(email);
        long smsBefore = outbox.smsCount(mobile);
        page.locator("#kc-login").click();
        assertThat(page.locator("#code")).isVisible();
        page.locator("#code").fill(outbox.awaitNewCode(mobile, smsBefore));
        page.locator("#guichet-sms-submit").click();
        page.waitForURL(url -> url.startsWith(landing), new Page.WaitForURLOptions().setTimeout(Chromium.WAIT_MILLIS));
        assertThat(page.locator("#current-user")).hasText(email);
    }

    /** Types into a field as a person would, then leaves it with Tab (which commits dates and custom values). */
    static void type(Page page, String selector, String text) {
        Locator field = page.locator(selector);
        field.focus();
        page.keyboard().type(text);
        page.keyboard().press("Tab");
    }

    /** Types a date as dd.MM.yyyy and commits it with Enter, which also closes the picker's calendar. */
    static void typeDate(Page page, String selector, String date) {
        Locator input = page.locator(selector + " input");
        input.fill(date);
        input.press("Enter");
        assertThat(page.locator(selector)).not().hasAttribute("opened", "");
        assertThat(page.locator(selector + " vaadin-select-list-box")).isHidden(); // axe reads an unnamed list box while it shows
    }

    /** Opens a select, picks the option with this label and waits for the list to close. */
    static void choose(Page page, String selector, String option) {
        page.locator(selector + " vaadin-select-value-button").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
        assertThat(page.locator(selector)).containsText(option);
        assertThat(page.locator(selector)).not().hasAttribute("opened", "");
        assertThat(page.locator(selector + " vaadin-select-list-box")).isHidden(); // axe reads an unnamed list box while it shows
    }

    /**
     * Waits until no Vaadin client has a server round trip under way (what Vaadin TestBench waits
     * for): a click sent meanwhile may be answered by a page the round trip then replaces.
     */
    static void idle(Page page) {
        page.waitForFunction("""
                () => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                      && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive || !client.isActive())""");
    }
}
