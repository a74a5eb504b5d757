package ch.guichetai.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a logged-in session that was idle too long or that outlived its maximum, before Spring
 * Security reads it: the request then goes on as an anonymous one. The servlet container's own
 * timeout cannot do the idle part, because an open tab sends Vaadin heartbeats every few minutes
 * and every request keeps the container's session alive; so heartbeats do not count as activity
 * here. The maximum counts from the login at Keycloak ({@code auth_time} of the ID token), as
 * Keycloak's own session maximum does.
 */
class SessionLimitsFilter extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = SessionLimitsFilter.class.getName() + ".lastActivity";

    private static final Logger log = LoggerFactory.getLogger(SessionLimitsFilter.class);

    private final SessionLimits limits;
    private final Clock clock;

    SessionLimitsFilter(SessionLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Optional<OidcUser> user = session == null ? Optional.empty() : user(session);
        if (user.isPresent()) {
            Instant now = clock.instant();
            Instant lastActivity = (Instant) session.getAttribute(LAST_ACTIVITY);
            if (lastActivity != null && lastActivity.plus(limits.idleTimeout()).isBefore(now)) {
                log.info("session of {} ended: idle since {}", user.get().getSubject(), lastActivity);
                session.invalidate();
            } else if (loginTime(user.get()).plus(limits.maxLifespan()).isBefore(now)) {
                log.info("session of {} ended: logged in at {}, longer ago than {}", user.get().getSubject(),
                        loginTime(user.get()), limits.maxLifespan());
                session.invalidate();
            } else if (lastActivity == null || !isHeartbeat(request)) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
    }

    /** When the person typed the password and the SMS code at Keycloak. */
    static Instant loginTime(OidcUser user) {
        Instant authTime = user.getAuthenticatedAt();
        return authTime != null ? authTime : user.getIssuedAt();
    }

    static boolean isHeartbeat(HttpServletRequest request) {
        return VaadinCalls.kind(request).filter("heartbeat"::equals).isPresent();
    }

    private static Optional<OidcUser> user(HttpSession session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (context instanceof SecurityContext security && security.getAuthentication() != null
                && security.getAuthentication().getPrincipal() instanceof OidcUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
