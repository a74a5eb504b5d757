package ch.guichetai.deploy;

import ch.guichetai.GuichetApplication;
import ch.guichetai.canton.Canton;
import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.Language;
import ch.guichetai.database.EmbeddedMariaDb;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole local stack in one process: embedded MariaDB (data kept in a folder), GreenMail with a
 * browser inbox, and the application. Ctrl-C stops all of it.
 *
 * <pre>
 * --data-dir=DIR   where the database keeps its data (default: data, or $GUICHET_DATA_DIR)
 * --reset          delete the data folder first, for a fresh start
 * --port=8080      the application's HTTP port
 * --db-port=3307   the database port          --smtp-port=2525  GreenMail's SMTP port
 * --mail-port=8025 the browser inbox's port
 * </pre>
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        Map<String, String> options = options(args);
        Path dataDir = Path.of(options.getOrDefault("data-dir",
                System.getenv().getOrDefault("GUICHET_DATA_DIR", "data"))).toAbsolutePath().normalize();
        int port = Integer.parseInt(options.getOrDefault("port", "8080"));
        int dbPort = Integer.parseInt(options.getOrDefault("db-port", "3307"));
        int smtpPort = Integer.parseInt(options.getOrDefault("smtp-port", "2525"));
        int mailPort = Integer.parseInt(options.getOrDefault("mail-port", "8025"));

        if (options.containsKey("reset")) {
            deleteRecursively(dataDir);
            System.out.println("Reset: deleted " + dataDir);
        }

        GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        MailViewer inbox;
        try {
            inbox = new MailViewer(mail, mailPort);
        } catch (IOException e) {
            mail.stop();
            throw new UncheckedIOException("The mail inbox cannot listen on port " + mailPort, e);
        }
        inbox.start();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), dbPort);

        // Command-line arguments, so that they win over application.yml.
        ConfigurableApplicationContext app = new SpringApplicationBuilder(GuichetApplication.class).run(
                "--server.port=" + port,
                "--guichet.embedded-db.data-dir=" + db.dataDir(),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            db.stop();
            inbox.stop();
            mail.stop();
            System.out.println("Guichet AI local stack stopped.");
        }, "local-stack-shutdown"));

        printWelcome(app.getBean(CantonCatalog.class), port, inbox.port(), smtpPort, db,
                (System.nanoTime() - started) / 1_000_000_000.0);
    }

    private static void printWelcome(CantonCatalog cantons, int port, int mailPort, int smtpPort, EmbeddedMariaDb db,
                                     double seconds) {
        StringBuilder text = new StringBuilder("%n=== Guichet AI: local stack up in %.1f s ===%n".formatted(seconds));
        for (Canton canton : cantons.all()) {
            text.append("  %-10s http://%s:%d/%n".formatted(canton.name().in(Language.FR), canton.hosts().getFirst(), port));
        }
        text.append("  %-10s http://localhost:%d/   (SMTP 127.0.0.1:%d)%n".formatted("E-mails", mailPort, smtpPort));
        text.append("  %-10s %s   (user root, no password)%n".formatted("Database", db.jdbcUrl()));
        text.append("  %-10s %s%n".formatted("Data", db.dataDir().getParent()));
        text.append("Accounts and demo users arrive with Keycloak (identity issue).%n".formatted());
        text.append("Ctrl-C stops everything; --reset starts from an empty database.%n".formatted());
        System.out.print(text);
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
