package ch.guichetai.security;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * What the person sees of the session limits: the {@link IdleWarning} in every page a logged-in
 * person opens (a login or a logout always loads a new page, so the state at the page's start is
 * the right one); and, whenever Vaadin finds its session gone (ended by {@link SessionLimitsFilter},
 * by a logout in another tab, by a restart), the home page saying why instead of Vaadin's reload.
 */
@Component
class SessionLimitsUi implements VaadinServiceInitListener {

    private final SessionLimits limits;
    private final Clock clock = Clock.systemUTC();

    SessionLimitsUi(SessionLimits limits) {
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
        String contextPath = event.getSource() instanceof VaadinServletService servlet
                ? servlet.getServlet().getServletContext().getContextPath() : "";
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL(contextPath + "/?state=" + IdleWarning.EXPIRED_STATE);
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
