package ch.guichetai.registration;

import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.CantonCatalogLoader;
import ch.guichetai.database.EmbeddedMariaDb;
import ch.guichetai.keycloak.KeycloakServer;
import ch.guichetai.keycloak.RealmGenerator;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real services behind registration, started once for the whole test run: the Keycloak
 * distribution with our provider and one realm per canton (on an embedded MariaDB of its own), and
 * a GreenMail SMTP server that both Keycloak and the application's mail relay send to.
 * <p>
 * Started lazily by the first test class that needs them (or by the first Spring context asking
 * for their addresses), kept in JUnit's root store and closed when the test run ends.
 */
public final class RealIdentityServices implements BeforeAllCallback, AutoCloseable {

    public static final String CLIENT_SECRET = "registration-tests-secret";
    static final String ADMIN_USERNAME = "admin";
    static final String ADMIN_PASSWORD = "admin-" + Long.toHexString(System.nanoTime());
    private static final Path WORK = Path.of("target", "keycloak-registration-tests").toAbsolutePath();
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealIdentityServices.class);
    private static final Logger log = LoggerFactory.getLogger(RealIdentityServices.class);

    private static RealIdentityServices running;

    private final EmbeddedMariaDb keycloakDatabase;
    private final GreenMail greenMail;
    private final KeycloakServer keycloak;
    private final KeycloakAdmin admin;
    private final Duration keycloakStart;

    /** For JUnit: registers the running services in the root store, which closes them at the end of the run. */
    public RealIdentityServices() {
        this.keycloakDatabase = null;
        this.greenMail = null;
        this.keycloak = null;
        this.admin = null;
        this.keycloakStart = null;
    }

    private RealIdentityServices(EmbeddedMariaDb keycloakDatabase, GreenMail greenMail, KeycloakServer keycloak,
                                 Duration keycloakStart) {
        this.keycloakDatabase = keycloakDatabase;
        this.greenMail = greenMail;
        this.keycloak = keycloak;
        this.keycloakStart = keycloakStart;
        this.admin = new KeycloakAdmin(keycloakUrl(), ADMIN_USERNAME, ADMIN_PASSWORD);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(RealIdentityServices.class, key -> get(),
                RealIdentityServices.class);
    }

    /** Points a Spring context at these services: Keycloak (with the app's client secret) and the SMTP server. */
    public static void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("guichet.keycloak.url", () -> get().keycloakUrl().toString());
        registry.add("guichet.keycloak.client-secret", () -> CLIENT_SECRET);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> get().smtpPort());
    }

    /** The services, started on first use. */
    public static synchronized RealIdentityServices get() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    private static RealIdentityServices start() {
        try {
            Files.createDirectories(WORK);
            int smtpPort = freePort();
            GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();

            EmbeddedMariaDb database = EmbeddedMariaDb.start(null, 0);
            long started = System.nanoTime();
            KeycloakServer keycloak = KeycloakServer.start(new KeycloakServer.Settings(WORK.resolve("home"), freePort(),
                            freePort(),
                            new KeycloakServer.Database("jdbc:mariadb://127.0.0.1:" + database.port()
                                    + "/keycloak?createDatabaseIfNotExist=true", "root", ""),
                            WORK.resolve("sms-outbox.jsonl"), ADMIN_USERNAME, ADMIN_PASSWORD, Map.of()),
                    RealmGenerator.realms(cantons(), new RealmGenerator.Options("http://%s:8080", CLIENT_SECRET,
                            "127.0.0.1", smtpPort, false, Map.of())),
                    Duration.ofMinutes(5));
            Duration keycloakStart = Duration.ofNanos(System.nanoTime() - started);
            log.info("Keycloak for the registration tests started in {} s", keycloakStart.toMillis() / 1000.0);
            return new RealIdentityServices(database, greenMail, keycloak, keycloakStart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CantonCatalog cantons() throws IOException {
        try (InputStream yaml = RealIdentityServices.class.getResourceAsStream("/cantons.yml")) {
            return new CantonCatalogLoader(RealIdentityServices.class.getClassLoader())
                    .load(List.of(new CantonCatalogLoader.Source("cantons.yml", yaml)));
        }
    }

    /** What the application is given: "localhost", so that token issuers and mail links use one name. */
    public URI keycloakUrl() {
        return URI.create("http://localhost:" + keycloak.settings().httpPort());
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    GreenMail greenMail() {
        return greenMail;
    }

    public KeycloakAdmin admin() {
        return admin;
    }

    Duration keycloakStart() {
        return keycloakStart;
    }

    @Override
    public void close() {
        if (keycloak == null) {
            return;
        }
        synchronized (RealIdentityServices.class) {
            running = null;
        }
        try {
            keycloak.close();
        } finally {
            greenMail.stop();
            keycloakDatabase.stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
