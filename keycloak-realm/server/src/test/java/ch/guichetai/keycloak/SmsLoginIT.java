package ch.guichetai.keycloak;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real Keycloak distribution with our provider, themes and generated realms: password then
 * SMS code, in a real browser. Code validity and resend delay are shortened for the test (6 s and
 * 3 s, see {@link KeycloakStack}); the production values are checked by CodeChallengeTest.
 */
@ExtendWith(KeycloakStack.Extension.class)
class SmsLoginIT {

    private static final String PASSWORD = KeycloakStack.PASSWORD;

    private KeycloakStack keycloak;
    private BrowserContext context;
    private Page page;

    @BeforeEach
    void freshBrowser() {
        keycloak = KeycloakStack.get();
        context = keycloak.newContext(new Browser.NewContextOptions().setLocale("fr-CH"));
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    @Test
    void passwordThenSmsCodeLogsIn() throws Exception {
        openAccount("ge");
        assertThat(page.locator(".guichet-office")).hasText("Office cantonal des assurances sociales");

        enterPassword("beneficiaire@ge.test", PASSWORD);
        assertThat(page.locator("#guichet-sms-instruction"))
                .hasText("Pour vous connecter, entrez le code d’accès sécurisé reçu par SMS.".replace('’', '\''));
        assertThat(page.locator("#guichet-sms-sent-to")).containsText("+41 ••• ••• •• 01");

        page.locator("#code").fill(lastCodeSentTo("+41790000001"));
        page.locator("#guichet-sms-submit").click();

        page.waitForURL(url -> KeycloakStack.isAppRedirect(url, "ge"), new Page.WaitForURLOptions().setTimeout(KeycloakStack.WAIT_MILLIS));
        assertThat(page.url()).doesNotContain("login-actions");
    }

    @Test
    void aWrongCodeIsRefusedAndTheRightOneStillWorks() throws Exception {
        openAccount("ge");
        enterPassword("beneficiaire@ge.test", PASSWORD);
        String code = lastCodeSentTo("+41790000001");

        page.locator("#code").fill(code.equals("000000") ? "111111" : "000000");
        page.locator("#guichet-sms-submit").click();
        assertThat(page.locator("body")).containsText("Code d'accès incorrect. Il vous reste 4 essai(s).");

        page.locator("#code").fill(code);
        page.locator("#guichet-sms-submit").click();
        page.waitForURL(url -> KeycloakStack.isAppRedirect(url, "ge"), new Page.WaitForURLOptions().setTimeout(KeycloakStack.WAIT_MILLIS));
    }

    @Test
    void wrongCodesFeedTheBruteForceProtectionAndFiveEndTheAttempt() throws Exception {
        String userId = userId("codes@ge.test");
        openAccount("ge");
        enterPassword("codes@ge.test", PASSWORD);
        String code = lastCodeSentTo("+41790000051");
        String wrong = code.equals("000000") ? "111111" : "000000";

        page.locator("#code").fill(wrong);
        page.locator("#guichet-sms-submit").click();
        assertThat(page.locator("body")).containsText("Code d'accès incorrect. Il vous reste 4 essai(s).");
        awaitStatus(userId, "\"numFailures\":1"); // Keycloak's counter used to stay at 0

        // A robot's pace: wrong codes in quick succession lock the user, and a locked user has no code checked.
        for (int attempt = 2; attempt <= 5 && page.locator("#code").count() > 0; attempt++) {
            page.locator("#code").fill(wrong);
            page.locator("#guichet-sms-submit").click();
            page.waitForLoadState();
        }
        assertThat(page.locator("#password")).isVisible();
        assertThat(page.locator("body")).containsText(java.util.regex.Pattern.compile(
                "Trop de codes d'accès incorrects\\. Veuillez vous reconnecter\\.|veuillez réessayer d'ici quelques minutes"));
        awaitStatus(userId, "\"disabled\":true");

        // The right password now gets no SMS: the attempt is over until the lock ends.
        long smsBefore = smsCount("+41790000051");
        enterPassword("codes@ge.test", PASSWORD);
        assertThat(page.locator("body"))
                .containsText("Trop de tentatives de connexion, veuillez réessayer d'ici quelques minutes.");
        assertThat(smsCount("+41790000051")).isEqualTo(smsBefore);
    }

    @Test
    void aNewCodeCanBeAskedForOnlyAfterTheDelayAndTheOldOneExpires() throws Exception {
        openAccount("ge");
        enterPassword("renvoi@ge.test", PASSWORD);
        String first = lastCodeSentTo("+41790000052");

        assertThat(page.locator("#guichet-sms-resend")).isDisabled();
        assertThat(page.locator("#guichet-sms-resend")).isEnabled(new com.microsoft.playwright.assertions.LocatorAssertions
                .IsEnabledOptions().setTimeout(KeycloakStack.WAIT_MILLIS));
        page.locator("#guichet-sms-resend").click();
        assertThat(page.locator("body")).containsText("Un nouveau code d'accès vient de vous être envoyé par SMS.");
        String second = lastCodeSentTo("+41790000052");
        assertThat(smsCount("+41790000052")).isEqualTo(2);

        Thread.sleep(6_500); // the second code expires too
        page.locator("#code").fill(second);
        page.locator("#guichet-sms-submit").click();
        assertThat(page.locator("body")).containsText("Ce code d'accès a expiré. Demandez un nouveau code.");
        assertThat(first).matches("\\d{6}");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAFewMinutes() {
        openAccount("ge");
        for (int attempt = 1; attempt <= 6; attempt++) {
            enterPassword("verrou@ge.test", "Wrong-password-" + attempt);
        }

        assertThat(page.locator("body"))
                .containsText("Trop de tentatives de connexion, veuillez réessayer d'ici quelques minutes.");
        enterPassword("verrou@ge.test", PASSWORD);
        assertThat(page.locator("body"))
                .containsText("Trop de tentatives de connexion, veuillez réessayer d'ici quelques minutes.");
    }

    @Test
    void aGenevaAccountDoesNotExistInBern() {
        openAccount("be");
        enterPassword("beneficiaire@ge.test", PASSWORD);

        assertThat(page.locator("body")).containsText("Adresse e-mail ou mot de passe invalide.");
    }

    @Test
    void bernSpeaksGermanByDefault() {
        BrowserContext german = keycloak.newContext(new Browser.NewContextOptions().setLocale("de-CH"));
        Page bern = german.newPage();
        keycloak.openLogin(bern, "be");

        assertThat(bern.locator(".guichet-office")).hasText("IV-Stelle Kanton Bern");
        assertThat(bern.locator(".guichet-portal")).hasText("Online-Schalter der IV – Bern");
        german.close();
    }

    @Test
    void anAccountWithoutMobileNumberIsToldToContactTheOffice() {
        openAccount("ge");
        enterPassword("sans-mobile@ge.test", PASSWORD);

        assertThat(page.locator("body")).containsText("Aucun numéro de téléphone portable n'est enregistré pour ce compte.");
    }

    private String userId(String email) throws Exception {
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"").matcher(keycloak.userWithEmail("ge", email));
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    /** The brute-force counter is written by Keycloak's own worker thread, a moment after the answer. */
    private void awaitStatus(String userId, String expected) throws Exception {
        java.time.Instant deadline = java.time.Instant.now().plus(KeycloakStack.WAIT);
        String status = "";
        while (java.time.Instant.now().isBefore(deadline)) {
            status = keycloak.adminGet("/ge/attack-detection/brute-force/users/" + userId);
            if (status.contains(expected)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("expected " + expected + " in the brute-force status: " + status);
    }

    private void openAccount(String realm) {
        keycloak.openLogin(page, realm);
        assertThat(page.locator("#username")).isVisible();
    }

    private void enterPassword(String email, String password) {
        page.locator("#username").fill(email);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        page.waitForLoadState();
    }

    private String lastCodeSentTo(String mobile) throws IOException {
        return keycloak.lastCodeSentTo(mobile);
    }

    private long smsCount(String mobile) throws IOException {
        return keycloak.smsCount(mobile);
    }
}
