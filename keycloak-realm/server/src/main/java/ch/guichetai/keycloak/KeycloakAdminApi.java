package ch.guichetai.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few calls of Keycloak's admin REST API that provisioning needs, as the master realm's
 * administrator. Plain HTTP and JSON: the admin client library would bring its own RESTEasy.
 */
final class KeycloakAdminApi {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String token;

    private KeycloakAdminApi(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Signs in as the master realm's administrator (admin console's own client, password grant). */
    static KeycloakAdminApi signIn(URI base, String username, String password) {
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(username) + "&password=" + encode(password);
        HttpResponse<String> response = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(
                        base.resolve("/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak administrator sign-in refused (" + response.statusCode() + ")");
        }
        return new KeycloakAdminApi(base, JSON.readTree(response.body()).get("access_token").asString());
    }

    /** GET on /admin/realms/…, or null on 404. */
    JsonNode get(String path) {
        HttpResponse<String> response = call("GET", path, null);
        return response.statusCode() == 404 ? null : JSON.readTree(response.body());
    }

    void post(String path, String json) {
        call("POST", path, json);
    }

    void put(String path, Object body) {
        call("PUT", path, body instanceof String text ? text : JSON.writeValueAsString(body));
    }

    void delete(String path, Object body) {
        call("DELETE", path, JSON.writeValueAsString(body));
    }

    private HttpResponse<String> call(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/admin/realms" + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(2));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> response = send(http, request.build());
        if (response.statusCode() >= 300 && response.statusCode() != 404) {
            throw new IllegalStateException(method + " /admin/realms" + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak unreachable at " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
