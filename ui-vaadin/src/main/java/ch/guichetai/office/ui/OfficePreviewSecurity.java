package ch.guichetai.office.ui;

import ch.guichetai.ui.DownloadSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The office's inline files are plain HTTP next to Vaadin: the chain of {@link DownloadSecurity},
 * whose header writer says SAMEORIGIN, as {@link OfficePreviews} does, instead of DENY.
 */
@Configuration(proxyBeanMethods = false)
class OfficePreviewSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain officePreviewChain(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return DownloadSecurity.chain(http, OfficePreviews.PATTERN);
    }
}
