package ch.guichetai.keycloak;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The change of mobile number ({@code kc_action=update_mobile}, our required action) against the
 * real Keycloak, in Chromium: after the login (password and code to the old number) the person
 * gives the new number, a code goes by SMS to the NEW number, and only the right code in time
 * changes the number; the next login then sends its code to the new number. Code validity and
 * resend delay are those of the test stack (6 s and 3 s).
 */
@ExtendWith(KeycloakStack.Extension.class)
class UpdateMobileIT {

    private final KeycloakStack keycloak = KeycloakStack.get();
    private BrowserContext context;

    @AfterEach
    void closeBrowser() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aWrongNumberAndAWrongCodeAreRefusedAndTheRightCodeChangesTheNumberForTheNextLogin() throws Exception {
        Page page = loggedInAskingForANewMobile("portable@ge.test", "+41790000031");
        assertThat(page.locator("h1")).containsText("Changer de numéro de téléphone portable");
        assertThat(page.locator("#guichet-mobile-current")).containsText("+41 ••• ••• •• 31");

        page.locator("#mobile").fill("022 327 27 27");
        page.locator("#guichet-mobile-submit").click();
        assertThat(page.locator("body")).containsText("Numéro de téléphone portable invalide");
        assertThat(page.locator("#mobile")).hasValue("022 327 27 27");

        long smsToNewBefore = keycloak.smsCount("+41790000041");
        page.locator("#mobile").fill("079 000 00 41");
        page.locator("#guichet-mobile-submit").click();
        assertThat(page.locator("#guichet-sms-sent-to")).containsText("+41 ••• ••• •• 41");
        assertThat(keycloak.smsCount("+41790000041")).isEqualTo(smsToNewBefore + 1);
        String code = keycloak.lastCodeSentTo("+41790000041");

        page.locator("#code").fill(code.equals("000000") ? "111111" : "000000");
        page.locator("#guichet-sms-submit").click();
        assertThat(page.locator("body")).containsText("Code d'accès incorrect. Il vous reste 4 essai(s).");
        assertThat(keycloak.userWithEmail("ge", "portable@ge.test")).contains("+41790000031");

        page.locator("#code").fill(code);
        page.locator("#guichet-sms-submit").click();
        page.waitForURL(url -> KeycloakStack.isAppRedirect(url, "ge"), new Page.WaitForURLOptions().setTimeout(KeycloakStack.WAIT_MILLIS));
        assertThat(keycloak.userWithEmail("ge", "portable@ge.test")).contains("+41790000041").doesNotContain("+41790000031");

        // The next login sends its code to the new number, not to the old one.
        long toOld = keycloak.smsCount("+41790000031");
        long toNew = keycloak.smsCount("+41790000041");
        BrowserContext again = keycloak.newContext(new Browser.NewContextOptions().setLocale("fr-CH"));
        Page login = again.newPage();
        keycloak.openLogin(login, "ge");
        enterPassword(login, "portable@ge.test");
        assertThat(login.locator("#guichet-sms-sent-to")).containsText("+41 ••• ••• •• 41");
        assertThat(keycloak.smsCount("+41790000041")).isEqualTo(toNew + 1);
        assertThat(keycloak.smsCount("+41790000031")).isEqualTo(toOld);
        login.locator("#code").fill(keycloak.lastCodeSentTo("+41790000041"));
        login.locator("#guichet-sms-submit").click();
        login.waitForURL(url -> KeycloakStack.isAppRedirect(url, "ge"),
                new Page.WaitForURLOptions().setTimeout(KeycloakStack.WAIT_MILLIS));
        again.close();
    }

    @Test
    void anExpiredCodeIsRefusedAndANewOneMayBeAskedForAfterTheDelay() throws Exception {
        Page page = loggedInAskingForANewMobile("expire@ge.test", "+41790000033");
        page.locator("#mobile").fill("+33 6 12 34 56 78");
        page.locator("#guichet-mobile-submit").click();
        assertThat(page.locator("#guichet-sms-sent-to")).containsText("+33 ••• ••• •• 78");
        String first = keycloak.lastCodeSentTo("+33612345678");
        assertThat(page.locator("#guichet-sms-resend")).isDisabled();

        Thread.sleep(6_500); // the code expires
        page.locator("#code").fill(first);
        page.locator("#guichet-sms-submit").click();
        assertThat(page.locator("body")).containsText("Ce code d'accès a expiré. Demandez un nouveau code.");
        assertThat(keycloak.userWithEmail("ge", "expire@ge.test")).contains("+41790000033");

        page.locator("#guichet-sms-resend").click();
        assertThat(page.locator("body")).containsText("Un nouveau code d'accès vient de vous être envoyé par SMS.");
        String second = keycloak.lastCodeSentTo("+33612345678");
        page.locator("#code").fill(second);
        page.locator("#guichet-sms-submit").click();
        page.waitForURL(url -> KeycloakStack.isAppRedirect(url, "ge"), new Page.WaitForURLOptions().setTimeout(KeycloakStack.WAIT_MILLIS));
        assertThat(keycloak.userWithEmail("ge", "expire@ge.test")).contains("+33612345678");
    }

    /** Through the application's client with kc_action=update_mobile: password, code to the old number, then the form. */
    private Page loggedInAskingForANewMobile(String email, String oldMobile) throws Exception {
        context = keycloak.newContext(new Browser.NewContextOptions().setLocale("fr-CH"));
        Page page = keycloak.appLogin(context, "ge", "update_mobile");
        enterPassword(page, email);
        assertThat(page.locator("#guichet-sms-instruction")).isVisible();
        page.locator("#code").fill(keycloak.lastCodeSentTo(oldMobile));
        page.locator("#guichet-sms-submit").click();
        assertThat(page.locator("#mobile")).isVisible();
        return page;
    }

    private static void enterPassword(Page page, String email) {
        page.locator("#username").fill(email);
        page.locator("#password").fill(KeycloakStack.PASSWORD);
        page.locator("#kc-login").click();
        page.waitForLoadState();
    }
}
