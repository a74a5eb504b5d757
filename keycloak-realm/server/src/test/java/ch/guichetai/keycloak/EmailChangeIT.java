package ch.guichetai.keycloak;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The change of e-mail address ({@code kc_action=UPDATE_EMAIL}, Keycloak's own action, with its
 * "verifyEmail" option set in our realms although the realm itself does not verify at login):
 * the new address replaces the old one only once the link sent to it was opened, in the canton's
 * language and from its sender; an address another user of the canton holds is refused.
 */
@ExtendWith(KeycloakStack.Extension.class)
class EmailChangeIT {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/login-actions/action-token\\S+");

    private final KeycloakStack keycloak = KeycloakStack.get();
    private BrowserContext context;

    @AfterEach
    void closeBrowser() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theNewAddressReplacesTheOldOneOnlyOnceTheLinkSentToItIsOpened() throws Exception {
        String oldEmail = "ancienne@ge.test";
        String newEmail = "nouvelle@ge.test";
        Page page = loggedInAskingForANewEmail(oldEmail, "+41790000032");
        assertThat(page.locator("body")).containsText("Changer d'adresse e-mail");

        // Another user's address of the canton is refused.
        page.locator("#email").fill("beneficiaire@ge.test");
        page.locator("#email").press("Enter");
        page.waitForLoadState();
        assertThat(page.locator("#email")).isVisible();
        assertThat(keycloak.userWithEmail("ge", oldEmail)).isNotNull();

        int mailsBefore = keycloak.mailsTo(newEmail).size();
        page.locator("#email").fill(newEmail);
        page.locator("#email").press("Enter");
        assertThat(page.locator("body")).containsText("Un e-mail de confirmation a été envoyé à " + newEmail);

        // Until the link is opened, the old address stays the account's.
        assertThat(keycloak.userWithEmail("ge", oldEmail)).isNotNull();
        assertThat(keycloak.userWithEmail("ge", newEmail)).isNull();

        MimeMessage mail = keycloak.awaitMailTo(newEmail, mailsBefore);
        assertThat(mail.getSubject()).isEqualTo("Confirmez votre nouvelle adresse e-mail");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("guichet-ge@guichet-ai.localhost");
        String text = KeycloakStack.text(mail);
        assertThat(text).contains(newEmail, "Guichet en ligne de l’AI – Genève", "votre ancienne adresse reste en vigueur");
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();

        page.navigate(link.group());
        assertThat(page.locator("body")).containsText("Votre adresse e-mail est désormais " + newEmail);
        String user = keycloak.userWithEmail("ge", newEmail);
        assertThat(user).isNotNull().contains("\"emailVerified\":true");
        assertThat(keycloak.userWithEmail("ge", oldEmail)).isNull();

        // The new address logs in (with the SMS code, as always); the old one no longer does.
        BrowserContext again = keycloak.newContext(new Browser.NewContextOptions().setLocale("fr-CH"));
        Page login = again.newPage();
        keycloak.openLogin(login, "ge");
        enterPassword(login, oldEmail);
        assertThat(login.locator("body")).containsText("Adresse e-mail ou mot de passe invalide.");
        enterPassword(login, newEmail);
        assertThat(login.locator("#guichet-sms-instruction")).isVisible();
        again.close();
    }

    private Page loggedInAskingForANewEmail(String email, String mobile) throws Exception {
        context = keycloak.newContext(new Browser.NewContextOptions().setLocale("fr-CH"));
        Page page = keycloak.appLogin(context, "ge", "UPDATE_EMAIL");
        enterPassword(page, email);
        assertThat(page.locator("#guichet-sms-instruction")).isVisible();
        page.locator("#code").fill(keycloak.lastCodeSentTo(mobile));
        page.locator("#guichet-sms-submit").click();
        assertThat(page.locator("#email")).isVisible();
        return page;
    }

    private static void enterPassword(Page page, String email) {
        page.locator("#username").fill(email);
        page.locator("#password").fill(KeycloakStack.PASSWORD);
        page.locator("#kc-login").click();
        page.waitForLoadState();
    }
}
