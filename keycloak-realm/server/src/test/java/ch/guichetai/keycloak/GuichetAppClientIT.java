package ch.guichetai.keycloak;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application's client {@code guichet-app} as the application will use it: its service
 * account manages the users of its own realm only (registration, verification mails), and the ID
 * token of a user carries the user's realm roles in the {@code roles} claim.
 */
@ExtendWith(KeycloakStack.Extension.class)
class GuichetAppClientIT {

    private final KeycloakStack keycloak = KeycloakStack.get();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theServiceAccountCreatesAUserAndSendsTheVerificationMail() throws Exception {
        String token = serviceAccountToken("ge");
        String email = "nouveau@ge.test";

        HttpResponse<String> created = http.send(HttpRequest.newBuilder(admin("/admin/realms/ge/users"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"username": "%s", "email": "%s", "firstName": "Léa", "lastName": "Nouveau", "enabled": true,
                         "emailVerified": false, "attributes": {"phoneNumber": ["+41790000021"]}}""".formatted(email, email)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);

        HttpResponse<String> user = http.send(HttpRequest.newBuilder(admin("/admin/realms/ge/users/" + id))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(user.body()).as("the mobile number is kept (declared in the user profile)").contains("+41790000021");

        int mailsBefore = keycloak.mailsTo(email).size();
        HttpResponse<String> sent = http.send(HttpRequest.newBuilder(admin("/admin/realms/ge/users/" + id + "/send-verify-email"))
                .header("Authorization", "Bearer " + token).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(204);

        MimeMessage mail = keycloak.awaitMailTo(email, mailsBefore);
        assertThat(mail.getSubject()).isEqualTo("Confirmez votre adresse e-mail");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("guichet-ge@guichet-ai.localhost");
        assertThat(KeycloakStack.text(mail)).contains("Pour confirmer votre adresse e-mail, ouvrez le lien ci-dessous",
                "/login-actions/action-token");
    }

    @Test
    void theServiceAccountOfGenevaCannotSeeTheUsersOfBern() throws Exception {
        String token = serviceAccountToken("ge");

        HttpResponse<String> bern = http.send(HttpRequest.newBuilder(admin("/admin/realms/be/users"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bern.statusCode()).isIn(401, 403);
        HttpResponse<String> geneva = http.send(HttpRequest.newBuilder(admin("/admin/realms/ge/users?max=1"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(geneva.statusCode()).isEqualTo(200);
    }

    /** Authorization code flow with PKCE, as Spring Security will run it; the redirect to the app is intercepted. */
    @Test
    void theIdTokenCarriesTheUsersRealmRolesInTheRolesClaim() throws Exception {
        String redirectUri = KeycloakStack.APP_ORIGIN.formatted("ge.localhost") + "/login/oauth2/code/ge";
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));

        BrowserContext context = keycloak.newContext(new Browser.NewContextOptions().setLocale("fr-CH"));
        AtomicReference<String> redirected = new AtomicReference<>();
        context.route(KeycloakStack.APP_ORIGIN.formatted("ge.localhost") + "/**", route -> {
            redirected.set(route.request().url());
            route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/plain").setBody("application"));
        });
        Page page = context.newPage();
        page.navigate(keycloak.baseUrl() + "/realms/ge/protocol/openid-connect/auth?" + form(Map.of(
                "client_id", "guichet-app", "response_type", "code", "scope", "openid", "redirect_uri", redirectUri,
                "state", "state-1", "nonce", "nonce-1", "code_challenge", challenge, "code_challenge_method", "S256")));
        page.locator("#username").fill("agent@ge.test");
        page.locator("#password").fill(KeycloakStack.PASSWORD);
        page.locator("#kc-login").click();
        assertThat(page.locator("#guichet-sms-instruction")).isVisible();
        page.locator("#code").fill(keycloak.lastCodeSentTo("+41790000012"));
        page.locator("#guichet-sms-submit").click();
        page.waitForURL(url -> url.startsWith(redirectUri), new Page.WaitForURLOptions().setTimeout(KeycloakStack.WAIT_MILLIS));
        context.close();

        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(redirected.get());
        assertThat(code.find()).as(redirected.get()).isTrue();
        assertThat(redirected.get()).contains("state=state-1");
        HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(admin("/realms/ge/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "code", code.group(1), "redirect_uri", redirectUri, "client_id", "guichet-app",
                        "client_secret", KeycloakStack.CLIENT_SECRET, "code_verifier", verifier)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);

        String idToken = field(tokens.body(), "id_token");
        String claims = new String(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher roles = Pattern.compile("\"roles\":\\[([^]]*)]").matcher(claims);
        assertThat(roles.find()).as("a roles claim in " + claims).isTrue();
        List<String> values = Pattern.compile("\"([^\"]+)\"").matcher(roles.group(1)).results().map(m -> m.group(1)).toList();
        assertThat(values).contains("office-agent").doesNotContain("beneficiary", "company-manager", "office-admin");
        assertThat(claims).contains("\"nonce\":\"nonce-1\"", "\"email\":\"agent@ge.test\"");
    }

    private String serviceAccountToken(String realm) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(admin("/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "client_credentials",
                        "client_id", "guichet-app", "client_secret", KeycloakStack.CLIENT_SECRET)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return field(response.body(), "access_token");
    }

    private URI admin(String path) {
        return URI.create(keycloak.baseUrl() + path);
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).as(name + " in " + json).isTrue();
        return matcher.group(1);
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
