package ch.guichetai.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the Keycloak distribution (from Maven Central) as a child process with our provider, our
 * themes and one realm per canton, on a MariaDB database. Used by the local stack and the tests.
 * The distribution is unpacked and built once per Maven build ({@link KeycloakBuild}); later starts take seconds.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);

    /**
     * Where and how to run. {@code smsOutbox}: the development SMS gateway's file. {@code publicUrl}:
     * the one address of every link, redirect and token issuer (request headers never change it);
     * {@code adminUrl}: the admin console's own address.
     */
    public record Settings(Path home, int httpPort, int managementPort, Database database, Path smsOutbox,
                           String adminUsername, String adminPassword, Map<String, String> extraOptions,
                           URI publicUrl, URI adminUrl) {

        /** Browsers and the application at http://localhost:port, the admin console at http://127.0.0.1:port. */
        public Settings(Path home, int httpPort, int managementPort, Database database, Path smsOutbox,
                        String adminUsername, String adminPassword, Map<String, String> extraOptions) {
            this(home, httpPort, managementPort, database, smsOutbox, adminUsername, adminPassword, extraOptions,
                    URI.create("http://localhost:" + httpPort), URI.create("http://127.0.0.1:" + httpPort));
        }
    }

    /** The list of common passwords refused by the realms' policy (file name in the policy). */
    static final String PASSWORD_BLACKLIST = "guichet-common-passwords.txt";

    /** Keycloak's own database (a schema of its own, created on first start). */
    public record Database(String jdbcUrl, String username, String password) {
    }

    private final Settings settings;
    private final Process process;

    private KeycloakServer(Settings settings, Process process) {
        this.settings = settings;
        this.process = process;
    }

    /**
     * Installs (first time), starts, then creates the given realms (realm name to JSON) that do
     * not exist yet and hardens all of them, as production's {@link RealmCommand} does.
     */
    public static KeycloakServer start(Settings settings, Map<String, String> realms, Duration timeout) {
        long started = System.nanoTime();
        Path home = settings.home().toAbsolutePath().normalize();
        try {
            KeycloakBuild.installInto(home);
            writePasswordBlacklist(home.resolve("data/password-blacklists"));
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                    "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + settings.httpPort(),
                    "--http-management-port=" + settings.managementPort(),
                    // A fixed address: a forged X-Forwarded-Host cannot land in a reset e-mail. No proxy here,
                    // so no proxy headers are read at all (production: see RealmCommand and deploy/README.md).
                    "--hostname=" + settings.publicUrl(), "--hostname-admin=" + settings.adminUrl(),
                    // One node, no JGroups cluster: with the default (ispn, JDBC_PING discovery) every stop
                    // left its row in the discovery table and the next start waited ~20 s for that dead node.
                    "--cache=local",
                    "--db-url=" + settings.database().jdbcUrl(), "--db-username=" + settings.database().username(),
                    "--db-password=" + settings.database().password(),
                    "--spi-authenticator--guichet-sms-code--gateway=dev-file",
                    "--spi-authenticator--guichet-sms-code--dev-outbox=" + settings.smsOutbox().toAbsolutePath()));
            settings.extraOptions().forEach((name, value) -> command.add("--" + name + "=" + value));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("keycloak.log").toFile()));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", settings.adminUsername());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", settings.adminPassword());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            KeycloakServer server = new KeycloakServer(settings, builder.start());
            server.awaitRealms(List.of("master"), timeout);
            try {
                RealmProvisioning.apply(server.baseUrl(), settings.adminUsername(), settings.adminPassword(), realms);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            log.info("Keycloak {} on http://127.0.0.1:{}/ with realms {} ({} s)", distribution().getProperty("version"),
                    settings.httpPort(), realms.keySet(), (System.nanoTime() - started) / 1_000_000_000);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keycloak's public address (its fixed host name). */
    public URI baseUrl() {
        return settings.publicUrl();
    }

    public Settings settings() {
        return settings;
    }

    public ProcessHandle process() {
        return process.toHandle();
    }

    /** Stops Keycloak's JVM too: kc.sh runs it as a child. */
    @Override
    public void close() {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            for (ProcessHandle child : descendants) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            descendants.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private void awaitRealms(Iterable<String> realms, Duration timeout) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        for (String realm : realms) {
            URI discovery = baseUrl().resolve("/realms/" + realm + "/.well-known/openid-configuration");
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak stopped while starting:\n" + logTail());
                }
                try {
                    if (http.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for Keycloak", e);
                }
                if (Instant.now().isAfter(deadline)) {
                    close();
                    throw new IllegalStateException("Keycloak did not serve realm " + realm + " within " + timeout
                            + ":\n" + logTail());
                }
                sleep(500);
            }
        }
    }

    private String logTail() throws IOException {
        Path logFile = settings.home().resolve("keycloak.log");
        if (!Files.exists(logFile)) {
            return "(no log)";
        }
        String text = Files.readString(logFile);
        return text.substring(Math.max(0, text.length() - 6000));
    }

    /**
     * The 30,000 most common passwords (zxcvbn's list, from Maven Central) where Keycloak's
     * password-blacklist policy looks for them (data/password-blacklists/ of its home).
     */
    static void writePasswordBlacklist(Path folder) throws IOException {
        Path target = folder.resolve(PASSWORD_BLACKLIST);
        try (InputStream list = KeycloakServer.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (list == null) {
                throw new IllegalStateException("the common passwords list is missing from the class path: " + COMMON_PASSWORDS);
            }
            Files.createDirectories(target.getParent());
            Files.copy(list, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static final String COMMON_PASSWORDS = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    static Properties distribution() {
        Properties properties = new Properties();
        try (InputStream in = KeycloakServer.class.getResourceAsStream("/keycloak/distribution.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
