package ch.guichetai.registration;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the tests check in Keycloak, seen by the master realm's administrator: independent of the
 * application's {@code KeycloakUsers}, whose behaviour is under test.
 */
public final class KeycloakAdmin {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST_OF_MAPS =
            new ParameterizedTypeReference<>() {
            };

    private final URI base;
    private final String username;
    private final String password;
    private final RestClient http = RestClient.create();

    KeycloakAdmin(URI base, String username, String password) {
        this.base = base;
        this.username = username;
        this.password = password;
    }

    /** The users of the realm with exactly this e-mail (Keycloak stores e-mails lower-case). */
    List<Map<String, Object>> usersWithEmail(String realm, String email) {
        URI uri = UriComponentsBuilder.fromUri(base).path("/admin/realms/{realm}/users")
                .queryParam("email", email).queryParam("exact", true).queryParam("briefRepresentation", false)
                .encode().buildAndExpand(realm).toUri();
        return http.get().uri(uri).headers(headers -> headers.setBearerAuth(token())).retrieve().body(LIST_OF_MAPS);
    }

    Optional<Map<String, Object>> userWithEmail(String realm, String email) {
        List<Map<String, Object>> users = usersWithEmail(realm, email);
        if (users.size() > 1) {
            throw new AssertionError(users.size() + " users with e-mail " + email + " in realm " + realm);
        }
        return users.stream().findFirst();
    }

    public Map<String, Object> user(String realm, String id) {
        return http.get().uri(base + "/admin/realms/{realm}/users/{id}", realm, id)
                .headers(headers -> headers.setBearerAuth(token())).retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() {
                });
    }

    /** The realm roles mapped directly to the user. */
    public Set<String> realmRoles(String realm, String id) {
        List<Map<String, Object>> roles = http.get().uri(base + "/admin/realms/{realm}/users/{id}/role-mappings/realm", realm, id)
                .headers(headers -> headers.setBearerAuth(token())).retrieve().body(LIST_OF_MAPS);
        return roles.stream().map(role -> (String) role.get("name")).collect(Collectors.toSet());
    }

    /** The types of the user's credentials ("password", …). */
    List<String> credentialTypes(String realm, String id) {
        return http.get().uri(base + "/admin/realms/{realm}/users/{id}/credentials", realm, id)
                .headers(headers -> headers.setBearerAuth(token())).retrieve().body(LIST_OF_MAPS)
                .stream().map(credential -> (String) credential.get("type")).toList();
    }

    /** How many Keycloak sessions the user has open. */
    int sessionCount(String realm, String id) {
        return http.get().uri(base + "/admin/realms/{realm}/users/{id}/sessions", realm, id)
                .headers(headers -> headers.setBearerAuth(token())).retrieve().body(LIST_OF_MAPS).size();
    }

    long userCount(String realm) {
        Integer count = http.get().uri(base + "/admin/realms/{realm}/users/count", realm)
                .headers(headers -> headers.setBearerAuth(token())).retrieve().body(Integer.class);
        return count == null ? -1 : count;
    }

    /** A token of another realm's service account, to see what it may do outside its realm. */
    String serviceAccountToken(String realm, String clientId, String clientSecret) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);
        Map<?, ?> response = http.post().uri(base + "/realms/{realm}/protocol/openid-connect/token", realm)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Map.class);
        return (String) response.get("access_token");
    }

    /** The HTTP status of GET on an admin path with the given bearer token. */
    int statusOf(String adminPath, String bearerToken) {
        return http.get().uri(base + "/admin/realms" + adminPath).headers(headers -> headers.setBearerAuth(bearerToken))
                .exchange((request, response) -> response.getStatusCode().value());
    }

    /** Master-realm tokens live a minute: a fresh one per call keeps the helper simple. */
    private String token() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "password");
        form.add("client_id", "admin-cli");
        form.add("username", username);
        form.add("password", password);
        Map<?, ?> response = http.post().uri(base + "/realms/master/protocol/openid-connect/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve()
                .onStatus(HttpStatusCode::isError, (request, reply) -> {
                    throw new IllegalStateException("master admin token refused: HTTP " + reply.getStatusCode());
                })
                .body(Map.class);
        return (String) response.get("access_token");
    }
}
