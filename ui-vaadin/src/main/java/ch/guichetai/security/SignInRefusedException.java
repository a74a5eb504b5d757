package ch.guichetai.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Keycloak accepted the person, the portal does not (yet): carries the ID token so that the
 * Keycloak session can be ended too, and the reason shown on the home page.
 */
final class SignInRefusedException extends OAuth2AuthenticationException {

    private final transient String idToken;

    SignInRefusedException(String reason, String idToken) {
        super(new OAuth2Error(reason));
        this.idToken = idToken;
    }

    String reason() {
        return getError().getErrorCode();
    }

    String idToken() {
        return idToken;
    }
}
