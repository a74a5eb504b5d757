package ch.guichetai.keycloak.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmsGatewaysTest {

    private HttpServer operator;
    private final List<String> received = new ArrayList<>();
    private final AtomicInteger status = new AtomicInteger(202);

    @BeforeEach
    void startAFakeOperatorOnLoopback() throws IOException {
        operator = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        operator.createContext("/sms", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "echo: your code 123456".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        operator.start();
    }

    @AfterEach
    void stop() {
        operator.stop(0);
    }

    @Test
    void postsTheTemplatedJsonBodyWithBasicAuthentication() throws IOException {
        HttpSmsGateway gateway = new HttpSmsGateway(url(), Optional.of("guichet"), Optional.of("s3cret"),
                "{\"recipient\":\"${to}\",\"message\":\"${text}\",\"sender\":\"OfficeAI\"}", "application/json");

        gateway.send("+41791234567", "Votre code d'accès : 123456 \"ok\"");

        assertThat(received).containsExactly("POST application/json Basic Z3VpY2hldDpzM2NyZXQ= "
                + "{\"recipient\":\"+41791234567\",\"message\":\"Votre code d'accès : 123456 \\\"ok\\\"\",\"sender\":\"OfficeAI\"}");
    }

    @Test
    void encodesFormBodies() throws IOException {
        HttpSmsGateway gateway = new HttpSmsGateway(url(), Optional.empty(), Optional.empty(),
                "to=${to}&text=${text}", "application/x-www-form-urlencoded");

        gateway.send("+41791234567", "code 123456");

        assertThat(received).containsExactly("POST application/x-www-form-urlencoded null to=%2B41791234567&text=code+123456");
    }

    @Test
    void aRefusalIsAnErrorThatDoesNotRepeatTheMessage() {
        status.set(500);
        HttpSmsGateway gateway = new HttpSmsGateway(url(), Optional.empty(), Optional.empty(), "${text}", "text/plain");

        assertThatThrownBy(() -> gateway.send("+41791234567", "code 123456"))
                .isInstanceOf(IOException.class)
                .hasMessage("SMS gateway answered HTTP 500");
    }

    @Test
    void theDevelopmentGatewayAppendsOneJsonLinePerMessage(@TempDir Path folder) throws IOException {
        Path outbox = folder.resolve("sms/outbox.jsonl");
        DevFileSmsGateway gateway = new DevFileSmsGateway(outbox);

        gateway.send("+41791234567", "Votre code : 123456");
        gateway.send("+41797654321", "Ihr Code: \"654321\"");

        List<String> lines = Files.readAllLines(outbox);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"to\":\"+41791234567\"", "\"text\":\"Votre code : 123456\"");
        assertThat(lines.get(1)).contains("\"text\":\"Ihr Code: \\\"654321\\\"\"");
    }

    @Test
    void settingsRefuseAnIncompleteGateway() {
        assertThatThrownBy(() -> new SmsSettings(java.time.Duration.ofMinutes(5), java.time.Duration.ofSeconds(60), 5,
                SmsSettings.HTTP, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "{}", "application/json"))
                .hasMessageContaining("http-url");
        assertThatThrownBy(() -> new SmsSettings(java.time.Duration.ofMinutes(5), java.time.Duration.ofSeconds(60), 5,
                "carrier-pigeon", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "{}", "application/json"))
                .hasMessageContaining("unknown SMS gateway");
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + operator.getAddress().getPort() + "/sms");
    }
}
