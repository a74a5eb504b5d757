package ch.guichetai.keycloak;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a black-box probe found open in the canton realms, closed (issue 13): tokens on a password
 * alone, offline tokens, the account console, SMS floods, reset-mail floods, a forged host in the
 * reset link, response headers of the login pages, the common-passwords list.
 */
@ExtendWith(KeycloakStack.Extension.class)
class SecurityBaselineIT {

    private static final List<String> REALMS = List.of("ge", "be", "vs");
    private static final Pattern CLIENT = Pattern.compile("\"id\":\"([^\"]+)\",\"clientId\":\"([^\"]+)\"");

    private final KeycloakStack keycloak = KeycloakStack.get();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<BrowserContext> contexts = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        contexts.forEach(BrowserContext::close);
    }

    @Test
    void noClientOfAnyRealmIssuesATokenOnAPasswordAlone() throws Exception {
        int tried = 0;
        for (String realm : REALMS) {
            String user = realm.equals("be") ? "gerant@be.test" : "beneficiaire@ge.test";
            Matcher clients = CLIENT.matcher(keycloak.adminGet("/" + realm + "/clients"));
            while (clients.find()) {
                String secret = secretOf(realm, clients.group(1));
                for (String scope : List.of("openid", "openid offline_access")) {
                    HttpResponse<String> answer = post("/realms/" + realm + "/protocol/openid-connect/token",
                            "grant_type=password&client_id=" + clients.group(2) + (secret == null ? "" : "&client_secret=" + secret)
                                    + "&username=" + user + "&password=" + KeycloakStack.PASSWORD + "&scope=" + encode(scope));
                    assertThat(answer.statusCode()).as(realm + "/" + clients.group(2) + ": " + answer.body()).isIn(400, 401);
                    assertThat(answer.body()).doesNotContain("access_token");
                    tried++;
                }
            }
        }
        assertThat(tried).as("admin-cli, account, guichet-app, … in three realms").isGreaterThanOrEqualTo(3 * 5 * 2);
    }

    @Test
    void defaultRolesGrantNeitherOfflineAccessNorTheAccountConsole() throws Exception {
        for (String realm : REALMS) {
            assertThat(keycloak.adminGet("/" + realm + "/roles/default-roles-" + realm + "/composites")).isEqualTo("[]");
        }
    }

    @Test
    void provisioningAgainCreatesNothingReplacesNoUserAndKeepsTheRealmsHardened() throws Exception {
        String before = keycloak.userWithEmail("ge", "beneficiaire@ge.test");

        assertThat(keycloak.reapplyRealms()).isEmpty();

        assertThat(keycloak.userWithEmail("ge", "beneficiaire@ge.test")).isEqualTo(before);
        assertThat(keycloak.adminGet("/ge/roles/default-roles-ge/composites")).isEqualTo("[]");
        assertThat(keycloak.adminGet("/ge")).contains("\"directGrantFlow\":\"guichet-no-direct-grant\"",
                "\"resetCredentialsFlow\":\"guichet-reset-credentials\"");

        // The application moved to another port: its client follows, the users stay.
        try {
            assertThat(keycloak.applyRealmsFor("http://%s:9090")).isEmpty();
            assertThat(keycloak.adminGet("/ge/clients?clientId=guichet-app")).contains("http://ge.localhost:9090/login/oauth2/code/ge")
                    .doesNotContain("http://ge.localhost:8080/login/oauth2/code/ge");
            assertThat(keycloak.userWithEmail("ge", "beneficiaire@ge.test")).isEqualTo(before);
        } finally {
            keycloak.reapplyRealms();
        }
        assertThat(keycloak.adminGet("/ge/clients?clientId=guichet-app")).contains("http://ge.localhost:8080/login/oauth2/code/ge");
    }

    @Test
    void theAccountConsoleIsOff() throws Exception {
        HttpResponse<String> console = http.send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/realms/ge/account/"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(console.body()).contains("Votre compte se gère dans le Guichet en ligne de l’AI, sous « Mon compte ».")
                .doesNotContain("<script", "account-console");
        assertThat(keycloak.adminGet("/ge/clients?clientId=account-console")).contains("\"enabled\":false");
    }

    @Test
    void aUserGetsAtMostFourSmsPerQuarterHourHoweverOftenThePasswordIsTyped() throws Exception {
        String mobile = "+41790000053";
        long before = keycloak.smsCount(mobile);
        for (int login = 1; login <= 4; login++) {
            Page page = newPage("fr-CH");
            keycloak.openLogin(page, "ge");
            enterPassword(page, "flot@ge.test", KeycloakStack.PASSWORD);
            assertThat(page.locator("#guichet-sms-instruction")).isVisible();
        }
        assertThat(keycloak.smsCount(mobile)).isEqualTo(before + 4);

        Page fifth = newPage("fr-CH");
        keycloak.openLogin(fifth, "ge");
        enterPassword(fifth, "flot@ge.test", KeycloakStack.PASSWORD);

        assertThat(fifth.locator("body")).containsText("Trop de codes d'accès ont été envoyés à votre numéro. "
                + "Vous pourrez en recevoir un nouveau dans 15 minute(s).");
        assertThat(fifth.locator("#password")).isVisible();
        assertThat(keycloak.smsCount(mobile)).isEqualTo(before + 4);
    }

    @Test
    void atMostThreeResetMailsPerAddressPerQuarterHour() throws Exception {
        String email = "reinit@ge.test";
        int mailsBefore = keycloak.mailsTo(email).size();
        for (int request = 1; request <= 3; request++) {
            Page page = askForReset("ge", email);
            assertThat(page.locator("body")).containsText("Si un compte correspond à cette adresse");
            keycloak.awaitMailTo(email, mailsBefore + request - 1);
        }

        Page fourth = askForReset("ge", email);

        assertThat(fourth.locator("body")).containsText("Trop de demandes de réinitialisation du mot de passe. "
                + "Vous pourrez en faire une nouvelle dans");
        assertThat(keycloak.mailsTo(email)).hasSize(mailsBefore + 3);
    }

    @Test
    void atMostTenResetRequestsPerClientAddressWhateverTheAddressesTyped() throws Exception {
        // Valais: no other test asks for resets there, so this client's count starts at zero.
        for (int request = 1; request <= 10; request++) {
            assertThat(askForReset("vs", "inconnu-" + request + "@vs.test").locator("body"))
                    .containsText("Si un compte correspond à cette adresse");
        }

        assertThat(askForReset("vs", "encore-un-autre@vs.test").locator("body"))
                .containsText("Trop de demandes de réinitialisation du mot de passe.");
    }

    @Test
    void aForgedHostHeaderDoesNotReachTheResetLink() throws Exception {
        String email = "oubli@ge.test";
        int mailsBefore = keycloak.mailsTo(email).size();
        Page page = newPage("fr-CH");
        page.setExtraHTTPHeaders(java.util.Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https",
                "Forwarded", "host=evil.example;proto=https"));
        keycloak.openLogin(page, "ge");
        page.getByText("Mot de passe oublié ?").click();
        page.locator("#username").fill(email);
        page.locator("#kc-reset-password-form button[type=submit]").click();
        assertThat(page.locator("body")).containsText("Si un compte correspond à cette adresse");

        String text = KeycloakStack.text(keycloak.awaitMailTo(email, mailsBefore));
        assertThat(text).contains(keycloak.baseUrl() + "/realms/ge/login-actions/action-token?key=")
                .doesNotContain("evil.example");
    }

    @Test
    void loginPagesCarryAFullContentSecurityPolicyAndWorkUnderIt() throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl()
                + "/realms/ge/protocol/openid-connect/auth?client_id=guichet-app&response_type=code&scope=openid"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&redirect_uri="
                + encode(KeycloakStack.APP_ORIGIN.formatted("ge.localhost") + "/login/oauth2/code/ge"))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                        "form-action 'self' http://ge.localhost:8080"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");

        // The page still works under it: the whole login, up to the redirect to the app (form-action).
        Page page = newPage("fr-CH");
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
        keycloak.openLogin(page, "ge");
        enterPassword(page, "beneficiaire@ge.test", KeycloakStack.PASSWORD);
        page.locator("#code").fill(keycloak.lastCodeSentTo("+41790000001"));
        page.locator("#guichet-sms-submit").click();
        page.waitForURL(url -> KeycloakStack.isAppRedirect(url, "ge"), new Page.WaitForURLOptions().setTimeout(KeycloakStack.WAIT_MILLIS));
        assertThat(violations).isEmpty();
    }

    @Test
    void aCommonPasswordIsRefusedByThePolicy() throws Exception {
        assertThat(keycloak.adminGet("/ge")).contains("passwordBlacklist(" + KeycloakServer.PASSWORD_BLACKLIST + ")");
        // "Password123" meets length, upper, lower and digit rules, and is on the list of common passwords.
        String user = keycloak.userWithEmail("ge", "flot@ge.test");
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(user);
        assertThat(id.find()).isTrue();
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/ge/users/"
                        + id.group(1) + "/reset-password"))
                .header("Authorization", "Bearer " + keycloak.masterAdminToken()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"type\":\"password\",\"value\":\"Password1234\",\"temporary\":false}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).containsIgnoringCase("blacklist");
    }

    @Test
    void signInsAndAdminChangesAreRecordedForNinetyDays() throws Exception {
        assertThat(keycloak.adminGet("/ge/events/config"))
                .contains("\"eventsEnabled\":true", "\"eventsExpiration\":7776000", "\"adminEventsEnabled\":true");

        Page page = newPage("fr-CH");
        keycloak.openLogin(page, "ge");
        enterPassword(page, "sans-mobile@ge.test", "Pas-le-bon-2026");
        assertThat(page.locator("body")).containsText("Adresse e-mail ou mot de passe invalide.");
        assertThat(keycloak.adminGet("/ge/events?type=LOGIN_ERROR&max=200")).contains("sans-mobile@ge.test");
    }

    private Page askForReset(String realm, String email) {
        Page page = newPage("fr-CH");
        keycloak.openLogin(page, realm);
        page.getByText("Mot de passe oublié ?").click();
        page.locator("#username").fill(email);
        page.locator("#kc-reset-password-form button[type=submit]").click();
        page.waitForLoadState();
        return page;
    }

    private Page newPage(String locale) {
        BrowserContext context = keycloak.newContext(new Browser.NewContextOptions().setLocale(locale));
        contexts.add(context);
        return context.newPage();
    }

    private static void enterPassword(Page page, String email, String password) {
        page.locator("#username").fill(email);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        page.waitForLoadState();
    }

    /** A confidential client's secret (to try the grant as the client itself), or null for a public one. */
    private String secretOf(String realm, String clientId) throws Exception {
        String client = keycloak.adminGet("/" + realm + "/clients/" + clientId);
        if (client.contains("\"publicClient\":true") || client.contains("\"bearerOnly\":true")) {
            return null;
        }
        Matcher secret = Pattern.compile("\"value\":\"([^\"]+)\"").matcher(keycloak.adminGet("/" + realm + "/clients/"
                + clientId + "/client-secret"));
        return secret.find() ? encode(secret.group(1)) : null;
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
