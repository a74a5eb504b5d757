package ch.guichetai.beneficiary.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The procuration downloads are the only plain HTTP endpoint next to Vaadin, whose filter chain
 * denies every request it does not know. This chain takes just their path: a logged-in session
 * (the same one as the views') is required, anyone else gets 401; who may read which file is
 * decided by {@link ProcurationDownload} itself.
 */
@Configuration(proxyBeanMethods = false)
class ProcurationDownloadSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain procurationDownloads(HttpSecurity http) throws Exception {
        return http.securityMatcher(ProcurationDownload.PATH + "**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .build();
    }
}
