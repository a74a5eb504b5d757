package ch.guichetai.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a logged-in session lasts: {@code idleTimeout} without anything done by the person
 * (Vaadin's heartbeats do not count), and never longer than {@code maxLifespan} after the login
 * at Keycloak. Both follow the realm's SSO session idle timeout and maximum.
 */
@ConfigurationProperties("guichet.session")
record SessionLimits(@DefaultValue("PT30M") Duration idleTimeout, @DefaultValue("PT10H") Duration maxLifespan) {

    /** The warning comes this long before the idle timeout. */
    static final Duration WARNING_BEFORE = Duration.ofMinutes(2);
}
