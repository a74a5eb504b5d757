package ch.guichetai.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link IdleWarning} into every page a logged-in person opens. A login or a logout
 * always loads a new page, so the state at the page's start is the right one.
 */
@Component
class IdleWarningInstaller implements VaadinServiceInitListener {

    private final SessionLimits limits;
    private final Clock clock = Clock.systemUTC();

    IdleWarningInstaller(SessionLimits limits) {
        this.limits = limits;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
                Duration maxLeft = Duration.between(clock.instant(),
                        SessionLimitsFilter.loginTime(user).plus(limits.maxLifespan()));
                init.getUI().add(new IdleWarning(limits.idleTimeout(), maxLeft));
            }
        });
    }
}
