package ch.guichetai.security;

import ch.guichetai.registration.SignInPolicy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Login through the Keycloak realm of the canton whose host the request came to: "/login" starts
 * it, the realm asks for the password and the SMS code, and {@link CantonOidcUserService} decides
 * whether the person may enter. Logout ends the Keycloak session too. Every view declares who may
 * open it (Vaadin's navigation access control); {@link SessionStillValidFilter} ends the session
 * of a member removed (or whose role changed) while logged in.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ClientRegistrationRepository registrations,
                                            CantonOidcUserService users, SignInPolicy policy) throws Exception {
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN_PATH, "{baseUrl}/"));
        http.oauth2Login(login -> login
                .authorizationEndpoint(endpoint -> endpoint
                        .authorizationRequestResolver(new CantonAuthorizationRequestResolver(registrations, LOGIN_PATH)))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .failureHandler(new SignInFailureHandler(registrations)));
        http.addFilterBefore(new SessionStillValidFilter(policy), AuthorizationFilter.class);
        return http.build();
    }
}
