package ch.guichetai.ui;

import ch.guichetai.canton.Role;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** The person logged in on this canton's portal, as the realm's ID token describes them. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    /** Keycloak's id of the user: the key of their account. */
    public String subject() {
        return user().getSubject();
    }

    public String email() {
        return user().getEmail();
    }

    public boolean has(Role role) {
        return authentication.hasRole(role.name());
    }

    private OidcUser user() {
        return authentication.getAuthenticatedUser(OidcUser.class)
                .orElseThrow(() -> new IllegalStateException("no user is logged in"));
    }
}
