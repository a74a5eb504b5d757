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
 * Forgotten password, end to end in Chromium against the real Keycloak and a real SMTP server
 * (GreenMail): the e-mail link leads to a new password only together with the SMS code, so that a
 * reset never bypasses the second factor. The mails are in the canton's language and from the
 * canton's sender.
 */
@ExtendWith(KeycloakStack.Extension.class)
class PasswordResetIT {

    private static final Pattern RESET_LINK = Pattern.compile("https?://\\S+/login-actions/action-token\\S+");

    private final KeycloakStack keycloak = KeycloakStack.get();
    private BrowserContext context;

    @AfterEach
    void closeBrowser() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aForgottenPasswordIsResetByEmailLinkNewPasswordAndSmsCode() throws Exception {
        String email = "oubli@ge.test";
        String mobile = "+41790000011";
        String newPassword = "Nouveau-Passe-2027";
        context = keycloak.newContext(new Browser.NewContextOptions().setLocale("fr-CH"));
        Page page = context.newPage();
        keycloak.openLogin(page, "ge");

        page.getByText("Mot de passe oublié ?").click();
        assertThat(page.locator("body")).containsText("vous recevrez un e-mail avec un lien pour choisir un nouveau mot de passe");
        int mailsBefore = keycloak.mailsTo(email).size();
        page.locator("#username").fill(email);
        assertThat(page.locator("#kc-reset-password-form button[type=submit]")).hasText("Réinitialiser le mot de passe");
        page.locator("#kc-reset-password-form button[type=submit]").click();
        assertThat(page.locator("body")).containsText("Si un compte correspond à cette adresse, un e-mail vient de lui être envoyé");

        MimeMessage mail = keycloak.awaitMailTo(email, mailsBefore);
        assertThat(mail.getSubject()).isEqualTo("Réinitialisation de votre mot de passe");
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("guichet-ge@guichet-ai.localhost");
        assertThat(from.getPersonal()).isEqualTo("Guichet en ligne de l’AI – Genève");
        String text = KeycloakStack.text(mail);
        assertThat(text).contains("Pour choisir un nouveau mot de passe, ouvrez le lien ci-dessous",
                "Guichet en ligne de l’AI – Genève");
        Matcher link = RESET_LINK.matcher(text);
        assertThat(link.find()).as("the reset link in:\n" + text).isTrue();

        // The link continues the reset in the same browser: first the SMS code, then the new password.
        long smsBefore = keycloak.smsCount(mobile);
        page.navigate(link.group());
        assertThat(page.locator("#guichet-sms-instruction")).isVisible();
        assertThat(page.locator("#password-new")).hasCount(0);
        assertThat(keycloak.smsCount(mobile)).isEqualTo(smsBefore + 1);
        page.locator("#code").fill(keycloak.lastCodeSentTo(mobile));
        page.locator("#guichet-sms-submit").click();

        assertThat(page.locator("body")).containsText("Choisissez un nouveau mot de passe");
        page.locator("#password-new").fill(newPassword);
        page.locator("#password-confirm").fill(newPassword);
        assertThat(page.locator("#kc-submit")).hasText("Réinitialiser le mot de passe");
        page.locator("#kc-submit").click();
        page.waitForURL(url -> KeycloakStack.isAppRedirect(url, "ge"),
                new Page.WaitForURLOptions().setTimeout(KeycloakStack.WAIT_MILLIS));

        // The old password no longer works; the new one does (and still asks for the SMS code).
        Page again = keycloak.newContext(new Browser.NewContextOptions().setLocale("fr-CH")).newPage();
        keycloak.openLogin(again, "ge");
        login(again, email, KeycloakStack.PASSWORD);
        assertThat(again.locator("body")).containsText("Adresse e-mail ou mot de passe invalide.");
        login(again, email, newPassword);
        assertThat(again.locator("#guichet-sms-instruction")).isVisible();
        again.context().close();
    }

    @Test
    void theResetMailOfBernIsInGermanFromBernsSender() throws Exception {
        String email = "vergessen@be.test";
        context = keycloak.newContext(new Browser.NewContextOptions().setLocale("de-CH"));
        Page page = context.newPage();
        keycloak.openLogin(page, "be");

        page.getByText("Passwort vergessen?").click();
        int mailsBefore = keycloak.mailsTo(email).size();
        page.locator("#username").fill(email);
        page.locator("#kc-reset-password-form button[type=submit]").click();
        assertThat(page.locator("body")).containsText("Falls ein Konto zu dieser Adresse gehört");

        MimeMessage mail = keycloak.awaitMailTo(email, mailsBefore);
        assertThat(mail.getSubject()).isEqualTo("Zurücksetzen Ihres Passworts");
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("guichet-be@guichet-ai.localhost");
        assertThat(from.getPersonal()).isEqualTo("Online-Schalter der IV – Bern");
        assertThat(KeycloakStack.text(mail)).contains("Um ein neues Passwort zu wählen", "Online-Schalter der IV – Bern");
        assertThat(RESET_LINK.matcher(KeycloakStack.text(mail)).find()).isTrue();
    }

    private static void login(Page page, String email, String password) {
        page.locator("#username").fill(email);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        page.waitForLoadState();
    }
}
