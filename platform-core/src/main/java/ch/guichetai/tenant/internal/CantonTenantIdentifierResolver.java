package ch.guichetai.tenant.internal;

import ch.guichetai.canton.CantonCode;
import ch.guichetai.tenant.TenantContext;
import java.util.Optional;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands Hibernate the canton of the current thread. Once the application has started, a session
 * opened without a canton fails; there is never a default canton.
 */
@Component
public class CantonTenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

    /**
     * While the context starts, Spring Data opens sessions to check the repositories' queries
     * (no data is read). They get this value, which is no canton code and matches no row.
     */
    static final String STARTING_UP = "--";

    private volatile boolean started;

    @EventListener(ContextRefreshedEvent.class)
    void started() {
        started = true;
    }

    @Override
    public String resolveCurrentTenantIdentifier() {
        Optional<CantonCode> canton = TenantContext.find();
        if (canton.isEmpty() && !started) {
            return STARTING_UP;
        }
        return TenantContext.current().value();
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
