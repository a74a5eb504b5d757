package ch.guichetai.ui;

import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Role;
import ch.guichetai.identity.Actor;
import ch.guichetai.identity.Actors;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The person logged in on this canton's portal, as the realm's ID token describes them. */
@Component
public class CurrentUser {

    private static final String ACTOR = CurrentUser.class.getName() + ".actor";

    private final AuthenticationContext authentication;
    private final Actors actors;

    CurrentUser(AuthenticationContext authentication, Actors actors) {
        this.authentication = authentication;
        this.actors = actors;
    }

    /**
     * Who acts in this request, for the services: resolved from the authenticated token once per
     * HTTP request (Vaadin's calls included) and kept in the request.
     */
    public Actor actor() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ACTOR, RequestAttributes.SCOPE_REQUEST) instanceof Actor actor) {
            return actor;
        }
        Actor actor = actorOf(SecurityContextHolder.getContext().getAuthentication());
        if (request != null) {
            request.setAttribute(ACTOR, actor, RequestAttributes.SCOPE_REQUEST);
        }
        return actor;
    }

    /** The actor of a login by Keycloak; for requests outside Vaadin (downloads). */
    public Actor actorOf(Authentication login) {
        if (!(login instanceof OAuth2AuthenticationToken token) || !(token.getPrincipal() instanceof OidcUser user)) {
            throw new IllegalStateException("no user is logged in");
        }
        Set<String> authorities = token.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        Set<Role> roles = Arrays.stream(Role.values()).filter(role -> authorities.contains(role.authority()))
                .collect(Collectors.toSet());
        return actors.of(new CantonCode(token.getAuthorizedClientRegistrationId()), user.getSubject(), user.getEmail(),
                roles);
    }

    public String email() {
        return user().getEmail();
    }

    /** The name Keycloak knows the person by ("Pierre Dupont"); the e-mail when it knows none. */
    public String name() {
        OidcUser user = user();
        String name = String.join(" ", Stream.of(user.getGivenName(), user.getFamilyName())
                .filter(part -> part != null && !part.isBlank()).toList());
        return name.isEmpty() ? user.getEmail() : name;
    }

    public boolean has(Role role) {
        return authentication.hasRole(role.name());
    }

    private OidcUser user() {
        return authentication.getAuthenticatedUser(OidcUser.class)
                .orElseThrow(() -> new IllegalStateException("no user is logged in"));
    }
}
