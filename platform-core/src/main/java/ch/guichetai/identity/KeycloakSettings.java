package ch.guichetai.identity;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the identity provider runs and how the application authenticates to it. The same client
 * ({@code guichet-app}) exists in every canton's realm: it logs users in and, through its service
 * account, manages the realm's users.
 *
 * @param url the Keycloak base URL that browsers and the application both use (token issuers must match)
 */
@ConfigurationProperties("guichet.keycloak")
public record KeycloakSettings(URI url, String clientId, String clientSecret) {

    public KeycloakSettings {
        if (url == null) {
            url = URI.create("http://localhost:8180");
        }
        if (clientId == null || clientId.isBlank()) {
            clientId = "guichet-app";
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("guichet.keycloak.client-secret is required");
        }
    }

    /** The realm's base, for instance {@code http://localhost:8180/realms/ge}. */
    public String realmUrl(String realm) {
        return url.toString().replaceAll("/+$", "") + "/realms/" + realm;
    }

    String adminUrl(String realm) {
        return url.toString().replaceAll("/+$", "") + "/admin/realms/" + realm;
    }
}
