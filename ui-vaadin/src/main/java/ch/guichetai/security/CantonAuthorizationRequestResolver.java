package ch.guichetai.security;

import ch.guichetai.canton.Language;
import ch.guichetai.tenant.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Starts a login only at {@code /login}, and always with the realm of the host's canton: no URL
 * can send a user of one canton to another canton's realm. Every login asks for the password and
 * the SMS code again ({@code prompt=login}), so a refused or logged-out user never slips back in
 * on a leftover Keycloak session. The language chosen on the portal ({@code /login?lang=de})
 * carries over to Keycloak's pages ({@code ui_locales}); {@code /login?action=password} asks
 * Keycloak to let the person choose a new password right after the login ({@code kc_action}),
 * {@code action=email} a new e-mail address (confirmed by a link sent to it) and
 * {@code action=mobile} a new mobile number (confirmed by an SMS code sent to it).
 */
final class CantonAuthorizationRequestResolver implements OAuth2AuthorizationRequestResolver {

    /** {@code /login?action=…} to the Keycloak action run right after the login. */
    private static final java.util.Map<String, String> KEYCLOAK_ACTIONS = java.util.Map.of(
            "password", "UPDATE_PASSWORD", "email", "UPDATE_EMAIL", "mobile", "update_mobile");

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
        return resolve(request, TenantContext.current().value());
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        OAuth2AuthorizationRequest authorization = delegate.resolve(request, TenantContext.current().value());
        if (authorization == null) {
            return null;
        }
        Optional<Language> language = Optional.ofNullable(request.getParameter("lang"))
                .flatMap(code -> Language.of(Locale.forLanguageTag(code)));
        Optional<String> keycloakAction = Optional.ofNullable(request.getParameter("action")).map(KEYCLOAK_ACTIONS::get);
        return OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(parameters -> {
                    language.ifPresent(chosen -> parameters.put("ui_locales", chosen.code()));
                    keycloakAction.ifPresent(action -> parameters.put("kc_action", action));
                })
                .build();
    }
}
