package ch.guichetai.security;

import ch.guichetai.canton.Role;
import ch.guichetai.registration.SignInPolicy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Asks {@link SignInPolicy#sessionStillValid} at every request of a logged-in person: a member the
 * Gérant removed (or whose role changed) loses the session at once, and the request goes on as an
 * anonymous one (a page asks for the login again, Vaadin's next call finds its session expired).
 */
class SessionStillValidFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionStillValidFilter.class);

    private final SignInPolicy policy;

    SessionStillValidFilter(SignInPolicy policy) {
        this.policy = policy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof OAuth2AuthenticationToken token && token.getPrincipal() instanceof OidcUser user
                && !policy.sessionStillValid(user.getSubject(), roles(token))) {
            log.info("session of {} ended: account removed or changed", user.getSubject());
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private static Set<Role> roles(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            Arrays.stream(Role.values()).filter(role -> role.authority().equals(authority.getAuthority()))
                    .forEach(roles::add);
        }
        return roles;
    }
}
