package ch.guichetai.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The one-command local stack: it comes up, its inbox shows mail, and Ctrl-C leaves no process behind. */
class LocalStackIT {

    private static final Path STACK_JAR = Path.of("target", "local-stack.jar");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsShowsMailAndStopsCleanlyOnCtrlC() throws Exception {
        int port = JavaProcess.freePort();
        int smtpPort = JavaProcess.freePort();
        int mailPort = JavaProcess.freePort();
        Path dataDir = Path.of("target", "local-stack-it", UUID.randomUUID().toString());

        try (JavaProcess stack = JavaProcess.start(STACK_JAR, dataDir.resolveSibling("stack.log"),
                "--data-dir=" + dataDir, "--port=" + port, "--db-port=" + JavaProcess.freePort(),
                "--smtp-port=" + smtpPort, "--mail-port=" + mailPort)) {
            stack.awaitOutput("local stack up", Duration.ofSeconds(120));
            assertThat(stack.output()).contains("http://ge.localhost:" + port + "/", "http://be.localhost:" + port + "/",
                    "http://vs.localhost:" + port + "/", "http://localhost:" + mailPort + "/");
            assertThat(get(port, "ge.localhost").body()).contains("<html");
            assertThat(get(port, "localhost").statusCode()).isEqualTo(404);

            send(smtpPort, "pierre.dupont@mail.ch", "Confirmez votre accès");
            assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + mailPort + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).contains("Confirmez votre accès", "pierre.dupont@mail.ch");
            assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + mailPort + "/messages/0")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).contains("http://ge.localhost/verify?x=1&amp;y=2</a>");

            List<ProcessHandle> processes = stack.handle().descendants().toList();
            assertThat(processes).as("the database server runs as a child").isNotEmpty();

            stack.interrupt();

            assertThat(stack.awaitExit(Duration.ofSeconds(60))).as("the stack stops on Ctrl-C").isTrue();
            assertThat(stack.output()).contains("Guichet AI local stack stopped.");
            for (ProcessHandle child : processes) {
                child.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(child.isAlive()).as("orphan process " + child.pid() + " " + child.info().command()).isFalse();
            }
        }
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
}
