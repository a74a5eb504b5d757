package ch.guichetai.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.CantonCode;
import ch.guichetai.tenant.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/** {@code /login?action=…} asks Keycloak for the matching action after the login; a plain login asks for none. */
class CantonAuthorizationRequestResolverTest {

    private final CantonAuthorizationRequestResolver resolver = new CantonAuthorizationRequestResolver(
            new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("ge")
                    .clientId("guichet-app").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid")
                    .authorizationUri("http://localhost:8180/realms/ge/protocol/openid-connect/auth")
                    .tokenUri("http://localhost:8180/realms/ge/protocol/openid-connect/token").build()),
            "/login");

    @Test
    void eachActionOfMonCompteBecomesItsKeycloakAction() {
        assertThat(kcAction(null)).isNull();
        assertThat(kcAction("password")).isEqualTo("UPDATE_PASSWORD");
        assertThat(kcAction("email")).isEqualTo("UPDATE_EMAIL");
        assertThat(kcAction("mobile")).isEqualTo("update_mobile");
        assertThat(kcAction("delete_account")).as("only our actions").isNull();
    }

    private Object kcAction(String action) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        request.setServletPath("/login");
        request.setServerName("ge.localhost");
        if (action != null) {
            request.setParameter("action", action);
        }
        OAuth2AuthorizationRequest authorization = TenantContext.callAs(new CantonCode("ge"), () -> resolver.resolve(request));
        assertThat(authorization).isNotNull();
        assertThat(authorization.getAdditionalParameters()).containsEntry("prompt", "login");
        return authorization.getAdditionalParameters().get("kc_action");
    }
}
