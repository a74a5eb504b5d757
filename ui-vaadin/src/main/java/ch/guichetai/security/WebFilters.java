package ch.guichetai.security;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The two filters that must see requests outside Spring Security's chains: the security headers
 * (first of all, on every dispatch, so that error pages have them too) and the session limits
 * (just before Spring Security reads the session, for both of its chains).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionLimits.class)
class WebFilters {

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(
            @Value("${guichet.keycloak.url}") String keycloakUrl, @Value("${guichet.https:false}") boolean https) {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter(keycloakUrl, https));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC,
                DispatcherType.FORWARD, DispatcherType.INCLUDE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SessionLimitsFilter> sessionLimitsFilter(SessionLimits limits) {
        FilterRegistrationBean<SessionLimitsFilter> registration =
                new FilterRegistrationBean<>(new SessionLimitsFilter(limits, Clock.systemUTC()));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
