package ch.guichetai.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.Role;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one-command local stack: it comes up with Keycloak serving every canton's realm, its inbox
 * shows mail and SMS, a demo account gets its SMS code, and Ctrl-C leaves no process behind (not
 * even Keycloak's JVM). The data folder stays under target/ between runs, so that only the first
 * run unpacks and builds Keycloak (about a minute more).
 */
class LocalStackIT {

    private static final Path STACK_JAR = Path.of("target", "local-stack.jar");
    private static final Path DATA_DIR = Path.of("target", "local-stack-it", "data");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsWithKeycloakShowsMailAndSmsAndStopsCleanlyOnCtrlC() throws Exception {
        int port = JavaProcess.freePort();
        int smtpPort = JavaProcess.freePort();
        int mailPort = JavaProcess.freePort();
        int keycloakPort = JavaProcess.freePort();
        int dbPort = JavaProcess.freePort();

        try (JavaProcess stack = JavaProcess.start(STACK_JAR, DATA_DIR.resolveSibling("stack.log"),
                "--data-dir=" + DATA_DIR, "--port=" + port, "--db-port=" + dbPort,
                "--smtp-port=" + smtpPort, "--mail-port=" + mailPort, "--keycloak-port=" + keycloakPort)) {
            stack.awaitOutput("local stack up", Duration.ofMinutes(5));
            assertThat(stack.output()).contains("http://ge.localhost:" + port + "/", "http://be.localhost:" + port + "/",
                    "http://vs.localhost:" + port + "/", "http://localhost:" + mailPort + "/",
                    "http://localhost:" + mailPort + "/sms", "http://127.0.0.1:" + keycloakPort + "/admin",
                    "gerant.be@demo.guichet-ai.ch", "admin.vs@demo.guichet-ai.ch", DemoUsers.PASSWORD);
            assertEveryStatusInEveryCanton(dbPort);
            HttpResponse<String> home = get(port, "ge.localhost");
            assertThat(home.body()).contains("<html");
            assertThat(get(port, "localhost").statusCode()).isEqualTo(404);

            // The packaged application and Keycloak as issue 13 wants them: headers, no token on a password alone.
            assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("default-src 'self'", "frame-ancestors 'none'", "form-action 'self' http://localhost:" + keycloakPort);
            assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(home.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(home.body()).doesNotContainIgnoringCase(";jsessionid=");
            for (String realm : List.of("ge", "be", "vs")) {
                HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + keycloakPort
                                + "/realms/" + realm + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username="
                                + URLEncoder.encode(DemoUsers.email(Role.BENEFICIARY, realm), StandardCharsets.UTF_8)
                                + "&password=" + DemoUsers.PASSWORD + "&scope=openid%20offline_access")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(token.statusCode()).as(realm + ": " + token.body()).isIn(400, 401);
                assertThat(token.body()).doesNotContain("access_token");
            }

            send(smtpPort, "pierre.dupont@mail.ch", "Confirmez votre accès");
            String inbox = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + mailPort + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(inbox).contains("Confirmez votre accès", "pierre.dupont@mail.ch");
            // The demo companies' approval mails may be there too: open ours by its subject.
            java.util.regex.Matcher ours = java.util.regex.Pattern.compile("/messages/(\\d+)\">Confirmez votre accès")
                    .matcher(inbox);
            assertThat(ours.find()).isTrue();
            assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + mailPort + "/messages/"
                            + ours.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).contains("http://ge.localhost/verify?x=1&amp;y=2</a>");

            for (String realm : List.of("ge", "be", "vs")) {
                HttpResponse<String> discovery = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + keycloakPort + "/realms/" + realm + "/.well-known/openid-configuration")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(discovery.statusCode()).as("realm " + realm).isEqualTo(200);
                assertThat(discovery.body()).contains("/realms/" + realm + "\"");
            }

            // A demo account's password brings the SMS code page; the code shows on the SMS page.
            assertThat(getString(mailPort, "/sms")).contains("SMS envoyés");
            String sentTo = passwordStep(keycloakPort, port, "ge", DemoUsers.email(Role.BENEFICIARY, "ge"), DemoUsers.PASSWORD);
            assertThat(sentTo).contains("11"); // the hint shows the mobile's last two digits
            assertThat(getString(mailPort, "/sms")).contains("+41795010011").containsPattern("<strong>\\d{6}</strong>");

            // A development stack with demo accounts: only this machine may connect (where it has another address).
            for (InetAddress address : nonLoopbackAddresses()) {
                for (int listening : List.of(port, mailPort, smtpPort, keycloakPort, dbPort)) {
                    assertThat(accepts(address, listening)).as("port " + listening + " open on " + address).isFalse();
                }
            }

            List<ProcessHandle> processes = stack.handle().descendants().toList();
            assertThat(processes).as("the database server and Keycloak run as children").isNotEmpty();
            assertThat(processes).as("Keycloak's JVM among the children")
                    .anyMatch(process -> process.info().commandLine().orElse("").contains("keycloak"));

            stack.interrupt();

            boolean stopped = stack.awaitExit(Duration.ofSeconds(60));
            assertThat(stopped).as("the stack stops on Ctrl-C; its output:%n%s", stack.output()).isTrue();
            assertThat(stack.output()).contains("Guichet AI local stack stopped.");
            for (ProcessHandle child : processes) {
                child.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(child.isAlive()).as("orphan process " + child.pid() + " " + child.info().command()).isFalse();
            }
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws Exception {
        return NetworkInterface.networkInterfaces().filter(network -> {
                    try {
                        return network.isUp();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .toList();
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 3_000);
            return true;
        } catch (java.io.IOException refused) {
            return false;
        }
    }

    private String getString(int port, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** Opens the application's login in a realm, sends e-mail and password; returns the SMS page's "sent to" line. */
    private static String passwordStep(int keycloakPort, int appPort, String realm, String email, String password)
            throws Exception {
        HttpClient browser = HttpClient.newHttpClient();
        String base = "http://localhost:" + keycloakPort;
        // The application's own authorization request (its client requires PKCE; the code is never exchanged here).
        String authorize = base + "/realms/" + realm + "/protocol/openid-connect/auth?client_id=guichet-app"
                + "&response_type=code&scope=openid&redirect_uri="
                + URLEncoder.encode("http://" + realm + ".localhost:" + appPort + "/login/oauth2/code/" + realm,
                        StandardCharsets.UTF_8)
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";
        HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
                HttpResponse.BodyHandlers.ofString());
        String login = loginPage.body();
        // Keycloak's cookies are marked Secure, which Java's CookieManager never sends over http: send them by hand.
        String cookies = String.join("; ", loginPage.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'))).toList());
        Matcher action = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"")
                .matcher(login);
        assertThat(action.find()).as("the login form").isTrue();
        String url = (action.group(1) != null ? action.group(1) : action.group(2)).replace("&amp;", "&");
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        String codePage = browser.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher sentTo = Pattern.compile("id=\"guichet-sms-sent-to\"[^>]*>([^<]*)<").matcher(codePage);
        assertThat(sentTo.find()).as("the SMS code page after the password").isTrue();
        return sentTo.group(1);
    }

    private HttpResponse<String> get(int port, String host) throws Exception {
        // Java's resolver may not know *.localhost: connect to loopback and name the host in the header.
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("Host", host + ":" + port).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void send(int smtpPort, String to, String subject) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("guichet-ge@guichet-ai.localhost"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText("Cliquez ici : http://ge.localhost/verify?x=1&y=2", "UTF-8");
        Transport.send(message);
    }

    // --- issue 12: mails (every status in the demo data) ---

    /**
     * The demo data show the whole life of a request in every canton: in progress, to complete with
     * the office's message, accepted, refused with its reason, each decided by the canton's demo
     * agent, and the senders' e-mails waiting in the outbox.
     */
    private static void assertEveryStatusInEveryCanton(int dbPort) throws Exception {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + dbPort
                + "/guichet?useInformationSchema=false&sslMode=DISABLED", "root", "")) {
            for (String canton : List.of("ge", "be", "vs")) {
                assertThat(strings(db, "select distinct status from request where canton = ?", canton)).as(canton)
                        .containsExactlyInAnyOrder("IN_PROGRESS", "TO_COMPLETE", "ACCEPTED", "REFUSED");
                assertThat(strings(db, """
                        select concat(to_status, ' ', by_email, ' ', coalesce(message, '')) from request_transition
                        where canton = ?""", canton)).as(canton + ": who decided, with what message")
                        .anyMatch(move -> move.startsWith("TO_COMPLETE " + DemoUsers.email(Role.OFFICE_AGENT, canton) + " ")
                                && move.length() > 40)
                        .anyMatch(move -> move.startsWith("REFUSED " + DemoUsers.email(Role.OFFICE_AGENT, canton) + " ")
                                && move.length() > 40)
                        .anyMatch(move -> move.startsWith("ACCEPTED "));
                assertThat(strings(db, "select subject from outbox_mail where canton = ?", canton)).as(canton + ": mails")
                        .anyMatch(subject -> subject.startsWith("Demande à compléter : ") || subject.startsWith("Antrag zu ergänzen: "));
                // issue 12: lifecycle — one request corrected by its owner, back in progress with its first version kept
                assertThat(strings(db, """
                        select concat(t.from_status, ' ', t.to_status, ' ', t.by_email) from request_transition t
                        join request_version v on v.request_id = t.request_id where t.canton = ?""", canton))
                        .as(canton + ": a correction sent back").contains("TO_COMPLETE IN_PROGRESS "
                                + DemoUsers.email(Role.BENEFICIARY, canton));
            }
        }
    }

    private static List<String> strings(java.sql.Connection db, String sql, String canton) throws java.sql.SQLException {
        try (java.sql.PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, canton);
            try (java.sql.ResultSet rows = statement.executeQuery()) {
                List<String> values = new java.util.ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }
    }
}
