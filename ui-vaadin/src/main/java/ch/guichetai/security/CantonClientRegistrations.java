package ch.guichetai.security;

import ch.guichetai.canton.Canton;
import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.identity.KeycloakSettings;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * One OIDC client registration per configured canton, named by the canton's code, pointing at
 * the canton's realm. Endpoints are written out rather than discovered, so the application
 * starts whether or not Keycloak is up yet.
 */
@Configuration(proxyBeanMethods = false)
class CantonClientRegistrations {

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(CantonCatalog cantons, KeycloakSettings keycloak) {
        List<ClientRegistration> registrations = cantons.all().stream().map(canton -> registration(canton, keycloak)).toList();
        return new InMemoryClientRegistrationRepository(registrations);
    }

    private static ClientRegistration registration(Canton canton, KeycloakSettings keycloak) {
        String realm = keycloak.realmUrl(canton.keycloakRealm());
        String oidc = realm + "/protocol/openid-connect";
        return ClientRegistration.withRegistrationId(canton.code().value())
                .clientId(keycloak.clientId())
                .clientSecret(keycloak.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(realm)
                .authorizationUri(oidc + "/auth")
                .tokenUri(oidc + "/token")
                .jwkSetUri(oidc + "/certs")
                .userInfoUri(oidc + "/userinfo")
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", oidc + "/logout"))
                .clientName(canton.name().in(canton.defaultLanguage()))
                .build();
    }
}
