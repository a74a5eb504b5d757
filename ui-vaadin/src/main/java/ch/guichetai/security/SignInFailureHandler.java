package ch.guichetai.security;

import ch.guichetai.tenant.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Back to the home page, which explains why. When Keycloak had already let the person in, its
 * session is ended first (RP-initiated logout), so that the next login starts from scratch; the
 * reason travels in the logout's {@code state}, which Keycloak hands back to the home page.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String PARAMETER = "state";

    private final ClientRegistrationRepository registrations;

    SignInFailureHandler(ClientRegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String home = UriComponentsBuilder.newInstance().scheme(request.getScheme()).host(request.getServerName())
                .port(request.getServerPort()).path(request.getContextPath() + "/").toUriString();
        if (exception instanceof SignInRefusedException refused) {
            ClientRegistration registration = registrations.findByRegistrationId(TenantContext.current().value());
            String endSession = (String) registration.getProviderDetails().getConfigurationMetadata()
                    .get("end_session_endpoint");
            response.sendRedirect(UriComponentsBuilder.fromUriString(endSession)
                    .queryParam("id_token_hint", refused.idToken())
                    .queryParam("post_logout_redirect_uri", home)
                    .queryParam(PARAMETER, refused.reason())
                    .encode().toUriString());
            return;
        }
        response.sendRedirect(home + "?" + PARAMETER + "=failed");
    }
}
