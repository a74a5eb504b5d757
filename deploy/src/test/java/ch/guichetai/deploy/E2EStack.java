package ch.guichetai.deploy;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What an end-to-end test class runs against: the one-command local stack, started with fresh
 * data in its own folder on free ports, and one headless Chromium. Closed after the class.
 */
final class E2EStack implements AutoCloseable {

    private static final Path STACK_JAR = Path.of("target", "local-stack.jar");

    private final JavaProcess stack;
    private final Chromium chromium;
    private final int port;
    private final int keycloakPort;
    private final StackOutbox outbox;
    private final int dbPort;

    private E2EStack(JavaProcess stack, Chromium chromium, int port, int keycloakPort, StackOutbox outbox, int dbPort) {
        this.dbPort = dbPort;
        this.stack = stack;
        this.chromium = chromium;
        this.port = port;
        this.keycloakPort = keycloakPort;
        this.outbox = outbox;
    }

    /** Starts the stack with its data under {@code work}/data and its log in {@code work}/stack.log. */
    static E2EStack start(Path work) throws Exception {
        int port = JavaProcess.freePort();
        int mailPort = JavaProcess.freePort();
        int keycloakPort = JavaProcess.freePort();
        int dbPort = JavaProcess.freePort();
        JavaProcess stack = JavaProcess.start(STACK_JAR, work.resolve("stack.log"), "--reset", "--data-dir=" + work.resolve("data"),
                "--port=" + port, "--keycloak-port=" + keycloakPort, "--mail-port=" + mailPort,
                "--smtp-port=" + JavaProcess.freePort(), "--db-port=" + dbPort);
        try {
            stack.awaitOutput("local stack up", Duration.ofMinutes(5));
            return new E2EStack(stack, Chromium.launch(), port, keycloakPort,
                    new StackOutbox(mailPort, work.resolve("data/sms-outbox.jsonl")), dbPort);
        } catch (Exception | AssertionError e) {
            stack.close();
            throw e;
        }
    }

    int port() {
        return port;
    }

    int keycloakPort() {
        return keycloakPort;
    }

    StackOutbox outbox() {
        return outbox;
    }

    com.microsoft.playwright.Browser browser() {
        return chromium.browser();
    }

    @Override
    public void close() throws Exception {
        try {
            chromium.close();
        } finally {
            stack.close();
        }
    }

    /** The stack's database, for a test to do what a page of another role would (close it after). */
    java.sql.Connection database() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + dbPort
                + "/guichet?useInformationSchema=false&sslMode=DISABLED", "root", "");
    }
}
