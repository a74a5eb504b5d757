package ch.guichetai.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.CantonCatalogLoader;
import ch.guichetai.canton.Role;
import ch.guichetai.database.EmbeddedMariaDb;
import ch.guichetai.keycloak.RealmGenerator.User;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real Keycloak for every test class of the run that uses this extension (a start costs
 * 20–40 s): the distribution with our provider, themes and generated realms, on an embedded
 * MariaDB, sending its mails to a real GreenMail and its SMS to a file; plus one headless Chromium.
 * Started by the first class, stopped at the end of the run (JUnit closes the root store).
 * Code validity and resend delay are shortened (6 s and 3 s); the production values are checked
 * by CodeChallengeTest.
 */
final class KeycloakStack implements AutoCloseable {

    /**
     * How long a test waits for a condition (a page, a redirect, a mail, a text): generous, so a
     * loaded 2-core machine passes (20 s failed there); a met condition returns at once.
     */
    static final Duration WAIT = Duration.ofSeconds(60);
    static final double WAIT_MILLIS = WAIT.toMillis();

    static final String PASSWORD = "Guichet-Test-2026";
    static final String CLIENT_SECRET = "test-secret";
    /** The application's origin in the realms' redirect URIs; nothing listens there, tests intercept it. */
    static final String APP_ORIGIN = "http://%s:8080";

    /** Every test user, per canton. */
    static final Map<String, List<User>> USERS = Map.of(
            "ge", List.of(
                    new User("beneficiaire@ge.test", "Pierre", "Dupont", "+41790000001", PASSWORD, List.of(Role.BENEFICIARY)),
                    new User("verrou@ge.test", "Anne", "Verrou", "+41790000002", PASSWORD, List.of(Role.BENEFICIARY)),
                    new User("sans-mobile@ge.test", "Paul", "Sansmobile", "", PASSWORD, List.of(Role.BENEFICIARY)),
                    new User("oubli@ge.test", "Marie", "Oubli", "+41790000011", PASSWORD, List.of(Role.BENEFICIARY)),
                    new User("agent@ge.test", "Nadia", "Agent", "+41790000012", PASSWORD, List.of(Role.OFFICE_AGENT)),
                    new User("portable@ge.test", "Luc", "Portable", "+41790000031", PASSWORD, List.of(Role.BENEFICIARY)),
                    new User("expire@ge.test", "Eva", "Expire", "+41790000033", PASSWORD, List.of(Role.BENEFICIARY)),
                    new User("ancienne@ge.test", "Claire", "Adresse", "+41790000032", PASSWORD, List.of(Role.BENEFICIARY)),
                    new User("codes@ge.test", "Marc", "Codes", "+41790000051", PASSWORD, List.of(Role.BENEFICIARY)),
                    new User("renvoi@ge.test", "Rita", "Renvoi", "+41790000052", PASSWORD, List.of(Role.BENEFICIARY)),
                    new User("flot@ge.test", "Felix", "Flot", "+41790000053", PASSWORD, List.of(Role.BENEFICIARY)),
                    new User("reinit@ge.test", "Rosa", "Reinit", "+41790000054", PASSWORD, List.of(Role.BENEFICIARY)),
                    new User("retire@ge.test", "Remi", "Retire", "+41790000061", PASSWORD, List.of(Role.COMPANY_COLLABORATOR)),
                    new User("verifier@ge.test", "Vera", "Verifier", "+41790000062", PASSWORD, List.of(Role.BENEFICIARY)),
                    new User("apparence@ge.test", "Alix", "Apparence", "+41790000064", PASSWORD, List.of(Role.BENEFICIARY))),
            "be", List.of(
                    new User("gerant@be.test", "Hans", "Muster", "+41790000003", PASSWORD, List.of(Role.COMPANY_MANAGER)),
                    new User("vergessen@be.test", "Urs", "Vergessen", "+41790000013", PASSWORD, List.of(Role.BENEFICIARY)),
                    new User("entfernt@be.test", "Eric", "Entfernt", "+41790000063", PASSWORD, List.of(Role.COMPANY_COLLABORATOR))));

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KeycloakStack.class);
    private static final Path WORK = Path.of("target", "keycloak-it").toAbsolutePath();

    private static volatile KeycloakStack running;
    private static volatile RuntimeException startFailure;

    private final String adminPassword = "admin-" + System.nanoTime();
    private Map<String, String> realms;
    private EmbeddedMariaDb database;
    private GreenMail mail;
    private KeycloakServer keycloak;
    private Playwright playwright;
    private Browser browser;
    private final Path outbox = WORK.resolve("sms-outbox.jsonl");

    /** {@code @ExtendWith(KeycloakStack.Extension.class)}: starts the stack once per run, before the first class. */
    static final class Extension implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            if (startFailure != null) {
                throw new IllegalStateException("the Keycloak test stack did not start (see the first failure)", startFailure);
            }
            running = context.getRoot().getStore(NAMESPACE).computeIfAbsent(KeycloakStack.class, key -> {
                KeycloakStack stack = new KeycloakStack();
                try {
                    stack.start();
                } catch (RuntimeException e) {
                    startFailure = e;
                    throw e;
                }
                return stack;
            }, KeycloakStack.class);
        }
    }

    private KeycloakStack() {
    }

    /** The stack started for this run. */
    static KeycloakStack get() {
        assertThat(running).as("@ExtendWith(KeycloakStack.Extension.class) on the test class").isNotNull();
        return running;
    }

    private void start() {
        try {
            long started = System.nanoTime();
            database = EmbeddedMariaDb.start(null, 0);
            Files.createDirectories(WORK);
            Files.deleteIfExists(outbox);
            int smtpPort = freePort();
            mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            realms = realmsFor(APP_ORIGIN, smtpPort);
            keycloak = KeycloakServer.start(new KeycloakServer.Settings(WORK.resolve("home"), freePort(), freePort(),
                            new KeycloakServer.Database("jdbc:mariadb://127.0.0.1:" + database.port()
                                    + "/keycloak?createDatabaseIfNotExist=true", "root", ""),
                            outbox, "admin", adminPassword,
                            Map.of("spi-authenticator--guichet-sms-code--code-validity-seconds", "6",
                                    "spi-authenticator--guichet-sms-code--resend-after-seconds", "3")),
                    realms, Duration.ofMinutes(4));

            PlaywrightAssertions.setDefaultAssertionTimeout(WAIT_MILLIS);
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getProperty("guichet.chromium", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            System.out.printf("Keycloak test stack up in %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        } catch (IOException | RuntimeException e) {
            close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    @Override
    public void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (mail != null) {
            mail.stop();
        }
        if (database != null) {
            database.stop();
        }
    }

    String baseUrl() {
        return keycloak.baseUrl().toString();
    }

    /** A fresh browser context (cookies of its own) whose actions and navigations wait up to {@link #WAIT}. */
    BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(WAIT_MILLIS);
        return context;
    }

    /** The code of the last SMS sent to a mobile number. */
    String lastCodeSentTo(String mobile) throws IOException {
        String code = null;
        Pattern sixDigits = Pattern.compile("\\b(\\d{6})\\b");
        for (String line : Files.readAllLines(outbox)) {
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

    long smsCount(String mobile) throws IOException {
        if (!Files.exists(outbox)) {
            return 0;
        }
        return Files.readAllLines(outbox).stream().filter(line -> line.contains("\"to\":\"" + mobile + "\"")).count();
    }

    /**
     * Starts a login of the application's client {@code guichet-app} that asks for a required
     * action ({@code kc_action}), as the application does for "Mon compte"; the final redirect to
     * the application is answered by the test itself.
     */
    Page appLogin(BrowserContext context, String realm, String kcAction) {
        Page page = context.newPage();
        openLogin(page, realm, kcAction);
        return page;
    }

    /** Opens the login page of the application's client, as the application's "Se connecter" does. */
    void openLogin(Page page, String realm) {
        openLogin(page, realm, null);
    }

    private void openLogin(Page page, String realm, String kcAction) {
        String redirectUri = APP_ORIGIN.formatted(realm + ".localhost") + "/login/oauth2/code/" + realm;
        page.context().route(APP_ORIGIN.formatted(realm + ".localhost") + "/**", route -> route.fulfill(
                new Route.FulfillOptions().setStatus(200).setContentType("text/plain").setBody("application")));
        page.navigate(baseUrl() + "/realms/" + realm + "/protocol/openid-connect/auth?client_id=guichet-app"
                + "&response_type=code&scope=openid&state=s&nonce=n" + (kcAction == null ? "" : "&kc_action=" + kcAction)
                // PKCE as the client requires; the code is never exchanged here, so a fixed challenge does.
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
                + "&redirect_uri=" + java.net.URLEncoder.encode(redirectUri, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The application's address that ends a successful login of {@link #appLogin}. */
    static boolean isAppRedirect(String url, String realm) {
        return url.startsWith(APP_ORIGIN.formatted(realm + ".localhost") + "/login/oauth2/code/" + realm);
    }

    /** Provisions the same realms once more, as every later start and production's command do; returns those created. */
    List<String> reapplyRealms() {
        return RealmProvisioning.apply(keycloak.baseUrl(), "admin", adminPassword, realms);
    }

    /** Provisions the realms as generated for the application at another origin (another port, say). */
    List<String> applyRealmsFor(String appOrigin) {
        return RealmProvisioning.apply(keycloak.baseUrl(), "admin", adminPassword, realmsFor(appOrigin, mail.getSmtp().getPort()));
    }

    /** The realms of cantons.yml with the test users, for the application at {@code appOrigin}. */
    private static Map<String, String> realmsFor(String appOrigin, int smtpPort) {
        CantonCatalog cantons = new CantonCatalogLoader(KeycloakStack.class.getClassLoader()).load(List.of(
                new CantonCatalogLoader.Source("cantons.yml", KeycloakStack.class.getResourceAsStream("/cantons.yml"))));
        return RealmGenerator.realms(cantons, new RealmGenerator.Options(appOrigin, CLIENT_SECRET, "127.0.0.1", smtpPort,
                false, USERS));
    }

    /** A token of the master realm's administrator, for the admin API calls of the security tests. */
    String masterAdminToken() throws IOException, InterruptedException {
        java.net.http.HttpResponse<String> token = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(baseUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin"
                        + "&password=" + adminPassword)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        Matcher accessToken = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(token.body());
        assertThat(accessToken.find()).as(token.body()).isTrue();
        return accessToken.group(1);
    }

    /** GET on the admin API as the master administrator: the body (JSON). */
    String adminGet(String path) throws IOException, InterruptedException {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(baseUrl() + "/admin/realms" + path))
                .header("Authorization", "Bearer " + masterAdminToken()).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    /** PUT of a JSON body (or none) on the admin API as the master administrator; expects 204. */
    void adminPut(String path, String json) throws IOException, InterruptedException {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(baseUrl() + "/admin/realms" + path))
                .header("Authorization", "Bearer " + masterAdminToken()).header("Content-Type", "application/json")
                .PUT(json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(204);
    }

    /** The id of the realm's user with this exact e-mail. */
    String userId(String realm, String email) throws IOException, InterruptedException {
        String user = userWithEmail(realm, email);
        assertThat(user).as(email + " in " + realm).isNotNull();
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(user);
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    /** The realm's user with this exact e-mail, as the admin API gives it (JSON), or null. */
    String userWithEmail(String realm, String email) throws IOException, InterruptedException {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> token = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(baseUrl() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=guichet-app&client_secret="
                        + CLIENT_SECRET)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        Matcher accessToken = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(token.body());
        assertThat(accessToken.find()).as(token.body()).isTrue();
        java.net.http.HttpResponse<String> users = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        baseUrl() + "/admin/realms/" + realm + "/users?exact=true&email="
                                + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + accessToken.group(1)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(users.statusCode()).as(users.body()).isEqualTo(200);
        return users.body().equals("[]") ? null : users.body();
    }

    /** The mails GreenMail received for an address, oldest first. */
    List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
            try {
                Address[] recipients = message.getAllRecipients();
                return recipients != null && Arrays.stream(recipients).anyMatch(recipient -> recipient.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Waits for the mail number {@code previousCount + 1} to an address. */
    MimeMessage awaitMailTo(String address, int previousCount) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> messages = mailsTo(address);
            if (messages.size() > previousCount) {
                return messages.get(previousCount);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + address + " within " + WAIT);
    }

    /** The text/plain part of a mail. */
    static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = text(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
