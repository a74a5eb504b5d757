package ch.guichetai.keycloak.sms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Production: posts each SMS to the operator's HTTP API. The body comes from a template with the
 * placeholders {@code ${to}} and {@code ${text}} (JSON-escaped when the content type is JSON),
 * so that most providers fit without code.
 */
final class HttpSmsGateway implements SmsGateway {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI url;
    private final Optional<String> authorization;
    private final String bodyTemplate;
    private final String contentType;

    HttpSmsGateway(URI url, Optional<String> username, Optional<String> password, String bodyTemplate, String contentType) {
        this.url = url;
        this.authorization = username.map(user -> "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + password.orElse("")).getBytes(StandardCharsets.UTF_8)));
        this.bodyTemplate = bodyTemplate;
        this.contentType = contentType;
    }

    @Override
    public void send(String mobileNumber, String text) throws IOException {
        boolean json = contentType.contains("json");
        String body = bodyTemplate
                .replace("${to}", json ? DevFileSmsGateway.json(mobileNumber) : urlEncode(mobileNumber))
                .replace("${text}", json ? DevFileSmsGateway.json(text) : urlEncode(text));
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        authorization.ifPresent(value -> request.header("Authorization", value));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                // The response may echo the message: only the status is reported.
                throw new IOException("SMS gateway answered HTTP " + response.statusCode());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while sending an SMS", e);
        }
    }

    private static String urlEncode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
