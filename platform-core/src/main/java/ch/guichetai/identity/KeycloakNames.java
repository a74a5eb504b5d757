package ch.guichetai.identity;

import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.CantonCode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Keeps the first and last name of a realm's user equal to the account's ("Mes informations"), as
 * {@link KeycloakUsers#create} wrote them. Kept apart from {@link KeycloakUsers} only to leave that
 * class to its owner for now; it belongs there (same service account, same realm rule).
 */
@Component
public class KeycloakNames {

    private final KeycloakSettings settings;
    private final CantonCatalog cantons;
    private final RestClient http;

    KeycloakNames(KeycloakSettings settings, CantonCatalog cantons) {
        this.settings = settings;
        this.cantons = cantons;
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(5));
        requests.setReadTimeout(Duration.ofSeconds(20));
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    /**
     * Sets the user's first and last name. The whole representation is read and written back, so
     * that no other attribute (mobile number, locale) is lost by a partial update.
     */
    public void change(CantonCode canton, String userId, String firstName, String lastName) {
        String realm = cantons.require(canton).keycloakRealm();
        String token = token(realm);
        String user = settings.adminUrl(realm) + "/users/" + userId;
        Map<?, ?> current = http.get().uri(user).headers(headers -> headers.setBearerAuth(token))
                .retrieve().body(Map.class);
        Map<Object, Object> changed = new LinkedHashMap<>(current);
        changed.put("firstName", firstName);
        changed.put("lastName", lastName);
        http.put().uri(user).headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).body(changed).retrieve().toBodilessEntity();
    }

    private String token(String realm) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", settings.clientId());
        form.add("client_secret", settings.clientSecret());
        Map<?, ?> response = http.post().uri(settings.realmUrl(realm) + "/protocol/openid-connect/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Map.class);
        return (String) response.get("access_token");
    }
}
