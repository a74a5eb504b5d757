package ch.guichetai.keycloak;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.CantonCatalogLoader;
import ch.guichetai.database.EmbeddedMariaDb;
import ch.guichetai.keycloak.RealmGenerator.Role;
import ch.guichetai.keycloak.RealmGenerator.User;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real Keycloak distribution with our provider, themes and generated realms: password then
 * SMS code, in a real browser. Code validity and resend delay are shortened for the test (6 s and
 * 3 s); the production values are checked by CodeChallengeTest.
 */
class SmsLoginIT {

    private static final String PASSWORD = "Guichet-Test-2026";
    private static final Path WORK = Path.of("target", "keycloak-it").toAbsolutePath();
    private static final Path OUTBOX = WORK.resolve("sms-outbox.jsonl");

    private static EmbeddedMariaDb database;
    private static KeycloakServer keycloak;
    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startKeycloak() throws IOException {
        database = EmbeddedMariaDb.start(null, 0);
        Files.createDirectories(WORK);
        Files.deleteIfExists(OUTBOX);
        CantonCatalog cantons = new CantonCatalogLoader(SmsLoginIT.class.getClassLoader()).load(List.of(
                new CantonCatalogLoader.Source("cantons.yml", SmsLoginIT.class.getResourceAsStream("/cantons.yml"))));
        Map<String, List<User>> users = Map.of(
                "ge", List.of(
                        new User("beneficiaire@ge.test", "Pierre", "Dupont", "+41790000001", PASSWORD, List.of(Role.BENEFICIARY)),
                        new User("verrou@ge.test", "Anne", "Verrou", "+41790000002", PASSWORD, List.of(Role.BENEFICIARY)),
                        new User("sans-mobile@ge.test", "Paul", "Sansmobile", "", PASSWORD, List.of(Role.BENEFICIARY))),
                "be", List.of(
                        new User("gerant@be.test", "Hans", "Muster", "+41790000003", PASSWORD, List.of(Role.COMPANY_MANAGER))));
        keycloak = KeycloakServer.start(new KeycloakServer.Settings(WORK.resolve("home"), freePort(), freePort(),
                        new KeycloakServer.Database("jdbc:mariadb://127.0.0.1:" + database.port()
                                + "/keycloak?createDatabaseIfNotExist=true", "root", ""),
                        OUTBOX, "admin", "admin-" + System.nanoTime(),
                        Map.of("spi-authenticator--guichet-sms-code--code-validity-seconds", "6",
                                "spi-authenticator--guichet-sms-code--resend-after-seconds", "3")),
                RealmGenerator.realms(cantons, new RealmGenerator.Options("http://%s:8080", "test-secret", "127.0.0.1",
                        2525, false, users)),
                Duration.ofMinutes(4));

        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("guichet.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopEverything() {
        if (browser != null) {
            browser.close();
            playwright.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (database != null) {
            database.stop();
        }
    }

    @BeforeEach
    void freshBrowser() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-CH"));
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

        page.waitForURL(url -> url.contains("/realms/ge/account"), new Page.WaitForURLOptions().setTimeout(20_000));
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
        page.waitForURL(url -> url.contains("/realms/ge/account"), new Page.WaitForURLOptions().setTimeout(20_000));
    }

    @Test
    void fiveWrongCodesStartTheLoginOver() throws Exception {
        openAccount("ge");
        enterPassword("beneficiaire@ge.test", PASSWORD);
        String code = lastCodeSentTo("+41790000001");
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int attempt = 1; attempt <= 5; attempt++) {
            page.locator("#code").fill(wrong);
            page.locator("#guichet-sms-submit").click();
        }

        assertThat(page.locator("#password")).isVisible();
        assertThat(page.locator("body")).containsText("Trop de codes d'accès incorrects. Veuillez vous reconnecter.");
    }

    @Test
    void aNewCodeCanBeAskedForOnlyAfterTheDelayAndTheOldOneExpires() throws Exception {
        openAccount("ge");
        enterPassword("beneficiaire@ge.test", PASSWORD);
        String first = lastCodeSentTo("+41790000001");

        assertThat(page.locator("#guichet-sms-resend")).isDisabled();
        assertThat(page.locator("#guichet-sms-resend")).isEnabled(new com.microsoft.playwright.assertions.LocatorAssertions
                .IsEnabledOptions().setTimeout(6_000));
        page.locator("#guichet-sms-resend").click();
        assertThat(page.locator("body")).containsText("Un nouveau code d'accès vient de vous être envoyé par SMS.");
        String second = lastCodeSentTo("+41790000001");
        assertThat(smsCount("+41790000001")).isGreaterThanOrEqualTo(2);

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
        BrowserContext german = browser.newContext(new Browser.NewContextOptions().setLocale("de-CH"));
        Page bern = german.newPage();
        bern.navigate(keycloak.baseUrl() + "/realms/be/account");

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

    private void openAccount(String realm) {
        page.navigate(keycloak.baseUrl() + "/realms/" + realm + "/account");
        assertThat(page.locator("#username")).isVisible();
    }

    private void enterPassword(String email, String password) {
        page.locator("#username").fill(email);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        page.waitForLoadState();
    }

    private static String lastCodeSentTo(String mobile) throws IOException {
        String code = null;
        Pattern sixDigits = Pattern.compile("\\b(\\d{6})\\b");
        for (String line : Files.readAllLines(OUTBOX)) {
            if (line.contains("\"to\":\"" + mobile + "\"")) {
                Matcher matcher = sixDigits.matcher(line.substring(line.indexOf("\"text\"")));
                if (matcher.find()) {
                    code = matcher.group(1);
                }
            }
        }
        assertThat(code).as("an SMS to " + mobile).isNotNull();
        return code;
    }

    private static long smsCount(String mobile) throws IOException {
        return Files.readAllLines(OUTBOX).stream().filter(line -> line.contains("\"to\":\"" + mobile + "\"")).count();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
