package ch.guichetai.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the home page, which explains why (the code of the refusal travels in the query). */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String PARAMETER = "connexion";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = exception instanceof OAuth2AuthenticationException oauth
                && CantonOidcUserService.REFUSALS.contains(oauth.getError().getErrorCode())
                ? oauth.getError().getErrorCode() : "failed";
        response.sendRedirect(request.getContextPath() + "/?" + PARAMETER + "=" + reason);
    }
}
