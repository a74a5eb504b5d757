package ch.guichetai.deploy;

import ch.guichetai.GuichetApplication;
import ch.guichetai.canton.Canton;
import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.CantonCatalogLoader;
import ch.guichetai.canton.Language;
import ch.guichetai.database.EmbeddedMariaDb;
import ch.guichetai.keycloak.KeycloakServer;
import ch.guichetai.keycloak.RealmGenerator;
import ch.guichetai.keycloak.RealmGenerator.User;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole local stack in one process: embedded MariaDB (data kept in a folder), GreenMail with a
 * browser inbox (e-mails and SMS), Keycloak with one realm per canton and demo accounts, and the
 * application. Keycloak and the application start in parallel. Ctrl-C stops all of it.
 *
 * <pre>
 * --data-dir=DIR   where the database, Keycloak and the SMS outbox live (default: data, or $GUICHET_DATA_DIR)
 * --reset          delete the data folder first, for a fresh start
 * --port=8080      the application's HTTP port      --keycloak-port=8180  Keycloak's HTTP port
 * --db-port=3307   the database port                --smtp-port=2525      GreenMail's SMTP port
 * --mail-port=8025 the browser inbox's port (e-mails on /, SMS on /sms)
 * </pre>
 */
public final class LocalStack {

    /** The secret of the client guichet-app in the local realms: local development only. */
    public static final String CLIENT_SECRET = "guichet-local-dev-secret";
    /** Keycloak's bootstrap administrator (master realm): local development only. */
    public static final String KEYCLOAK_ADMIN = "admin";
    public static final String KEYCLOAK_ADMIN_PASSWORD = "admin";

    private LocalStack() {
    }

    /** What runs, for the shutdown hook; filled in while the stack starts. */
    private static final class Running {
        volatile GreenMail mail;
        volatile MailViewer inbox;
        volatile EmbeddedMariaDb db;
        volatile KeycloakServer keycloak;
        volatile ConfigurableApplicationContext app;

        /** The application, then Keycloak, then the database they use, then mail; then any straggling child. */
        void stop() {
            quietly(() -> app.close(), app);
            quietly(() -> keycloak.close(), keycloak);
            quietly(() -> db.stop(), db);
            quietly(() -> inbox.stop(), inbox);
            quietly(() -> mail.stop(), mail);
            // A Keycloak still starting (kc.sh build or its JVM) is not in 'keycloak' yet.
            List<ProcessHandle> left = ProcessHandle.current().descendants().toList();
            left.forEach(ProcessHandle::destroy);
            for (ProcessHandle process : left) {
                try {
                    process.onExit().get(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    process.destroyForcibly();
                }
            }
            System.out.println("Guichet AI local stack stopped.");
        }

        private static void quietly(Runnable stop, Object part) {
            if (part == null) {
                return;
            }
            try {
                stop.run();
            } catch (RuntimeException e) {
                System.err.println("While stopping " + part.getClass().getSimpleName() + ": " + e);
            }
        }
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        Map<String, String> options = options(args);
        Path dataDir = Path.of(options.getOrDefault("data-dir",
                System.getenv().getOrDefault("GUICHET_DATA_DIR", "data"))).toAbsolutePath().normalize();
        int port = Integer.parseInt(options.getOrDefault("port", "8080"));
        int keycloakPort = Integer.parseInt(options.getOrDefault("keycloak-port", "8180"));
        int dbPort = Integer.parseInt(options.getOrDefault("db-port", "3307"));
        int smtpPort = Integer.parseInt(options.getOrDefault("smtp-port", "2525"));
        int mailPort = Integer.parseInt(options.getOrDefault("mail-port", "8025"));
        Path smsOutbox = dataDir.resolve("sms-outbox.jsonl");

        if (options.containsKey("reset")) {
            // Keycloak's home and its schema (in the MariaDB data folder) go too: realms are imported afresh.
            deleteRecursively(dataDir);
            System.out.println("Reset: deleted " + dataDir);
        }
        requireFreePort(keycloakPort, "Keycloak", "--keycloak-port");

        Running running = new Running();
        Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "local-stack-shutdown"));

        GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        running.mail = mail;
        try {
            running.inbox = new MailViewer(mail, mailPort, smsOutbox);
        } catch (IOException e) {
            System.err.println("The mail inbox cannot listen on port " + mailPort + ": " + e.getMessage());
            System.exit(1);
        }
        running.inbox.start();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), dbPort);
        running.db = db;

        CantonCatalog cantons = cantons();
        Map<String, List<User>> demoUsers = DemoUsers.byCanton(cantons);
        KeycloakServer.Settings keycloakSettings = new KeycloakServer.Settings(dataDir.resolve("keycloak"), keycloakPort,
                freePort(), new KeycloakServer.Database("jdbc:mariadb://127.0.0.1:" + db.port()
                        + "/keycloak?createDatabaseIfNotExist=true", "root", ""),
                smsOutbox, KEYCLOAK_ADMIN, KEYCLOAK_ADMIN_PASSWORD,
                // The demo accounts are shared by everyone trying the stack: more SMS than a real user may get.
                Map.of("spi-authenticator--guichet-sms-code--max-sms-per-window", "30",
                        "spi-authenticator--guichet-sms-code--max-sms-per-day", "200"));
        Map<String, String> realms = RealmGenerator.realms(cantons, new RealmGenerator.Options(
                "http://%s:" + port, CLIENT_SECRET, "127.0.0.1", smtpPort, false, demoUsers));
        System.out.println("Starting Keycloak in the background (log: " + keycloakSettings.home().resolve("keycloak.log")
                + "; the first start unpacks and builds it, about a minute)...");
        CompletableFuture<KeycloakServer> keycloakStart = CompletableFuture.supplyAsync(() -> {
            KeycloakServer keycloak = KeycloakServer.start(keycloakSettings, realms, Duration.ofMinutes(5));
            running.keycloak = keycloak;
            return keycloak;
        }, task -> new Thread(task, "keycloak-start").start());

        String keycloakUrl = "http://localhost:" + keycloakPort;
        try {
            // Command-line arguments, so that they win over application.yml.
            running.app = new SpringApplicationBuilder(GuichetApplication.class).run(
                    "--server.port=" + port,
                    // a development stack with demo accounts: reachable from this machine only
                    "--server.address=127.0.0.1",
                    "--guichet.embedded-db.data-dir=" + db.dataDir(),
                    "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + smtpPort,
                    // The browser and the application both use this address, so that token issuers match.
                    "--guichet.keycloak.url=" + keycloakUrl,
                    "--guichet.keycloak.client-secret=" + CLIENT_SECRET,
                    "--guichet.public-origin-pattern=http://%s:" + port);
        } catch (RuntimeException e) {
            System.err.println("The application did not start: " + e.getMessage());
            System.exit(1);
        }
        double appSeconds = (System.nanoTime() - started) / 1e9;
        try {
            keycloakStart.join();
        } catch (CompletionException e) {
            System.err.println("Keycloak did not start: " + e.getCause().getMessage());
            System.exit(1);
        }
        new DemoData(running.app).seed();

        printWelcome(cantons, demoUsers, port, keycloakUrl, running.inbox.port(), smtpPort, db,
                (System.nanoTime() - started) / 1e9, appSeconds);
    }

    private static void printWelcome(CantonCatalog cantons, Map<String, List<User>> demoUsers, int port,
                                     String keycloakUrl, int mailPort, int smtpPort, EmbeddedMariaDb db,
                                     double seconds, double appSeconds) {
        StringBuilder text = new StringBuilder("%n=== Guichet AI: local stack up in %.1f s (application ready after %.1f s) ===%n"
                .formatted(seconds, appSeconds));
        for (Canton canton : cantons.all()) {
            text.append("  %-10s http://%s:%d/%n".formatted(canton.name().in(Language.FR), canton.hosts().getFirst(), port));
        }
        text.append("  %-10s %s/   admin console %s/admin (%s / %s)%n".formatted("Keycloak", keycloakUrl,
                keycloakUrl.replace("localhost", "127.0.0.1"),
                KEYCLOAK_ADMIN, KEYCLOAK_ADMIN_PASSWORD));
        text.append("  %-10s http://localhost:%d/   (SMTP 127.0.0.1:%d)%n".formatted("E-mails", mailPort, smtpPort));
        text.append("  %-10s http://localhost:%d/sms   (login codes)%n".formatted("SMS", mailPort));
        text.append("  %-10s %s   (user root, no password)%n".formatted("Database", db.jdbcUrl()));
        text.append("  %-10s %s%n".formatted("Data", db.dataDir().getParent()));
        text.append("%nDemo accounts, password %s (the SMS code shows on the SMS page):%n".formatted(DemoUsers.PASSWORD));
        text.append("  %-7s %-22s %-40s %s%n".formatted("canton", "role", "e-mail", "mobile"));
        demoUsers.forEach((canton, users) -> users.forEach(user -> text.append("  %-7s %-22s %-40s %s%n".formatted(
                canton, user.roles().getFirst().realmRole(), user.email(), user.mobileNumber()))));
        text.append("%nCtrl-C stops everything; --reset starts from empty data (database, Keycloak, SMS).%n".formatted());
        System.out.print(text);
    }

    /** The cantons as the application loads them by default (classpath:cantons.yml). */
    private static CantonCatalog cantons() {
        return new CantonCatalogLoader(LocalStack.class.getClassLoader()).load(List.of(new CantonCatalogLoader.Source(
                "cantons.yml", LocalStack.class.getClassLoader().getResourceAsStream("cantons.yml"))));
    }

    private static void requireFreePort(int port, String what, String option) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            System.err.println("Port " + port + " for " + what + " is in use: choose another with " + option + "=N.");
            System.exit(1);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                options.put(equals < 0 ? arg.substring(2) : arg.substring(2, equals),
                        equals < 0 ? "" : arg.substring(equals + 1));
            }
        }
        return options;
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
