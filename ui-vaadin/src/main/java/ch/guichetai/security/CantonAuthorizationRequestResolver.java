package ch.guichetai.security;

import ch.guichetai.tenant.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Starts a login only at {@code /login}, and always with the realm of the host's canton: no URL
 * can send a user of one canton to another canton's realm. Every login asks for the password and
 * the SMS code again ({@code prompt=login}), so a refused or logged-out user never slips back in
 * on a leftover Keycloak session.
 */
final class CantonAuthorizationRequestResolver implements OAuth2AuthorizationRequestResolver {

    private final DefaultOAuth2AuthorizationRequestResolver delegate;
    private final String loginPath;

    CantonAuthorizationRequestResolver(ClientRegistrationRepository registrations, String loginPath) {
        this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        this.delegate.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
                .andThen(request -> request.additionalParameters(parameters -> parameters.put("prompt", "login"))));
        this.loginPath = loginPath;
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        if (!loginPath.equals(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))) {
            return null;
        }
        return delegate.resolve(request, TenantContext.current().value());
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return delegate.resolve(request, TenantContext.current().value());
    }
}
