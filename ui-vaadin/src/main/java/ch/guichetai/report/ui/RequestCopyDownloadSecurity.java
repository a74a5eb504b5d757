package ch.guichetai.report.ui;

import ch.guichetai.ui.DownloadSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The copies' downloads are plain HTTP next to Vaadin: their path gets the chain of
 * {@link DownloadSecurity}; who may read which request is decided by {@code Requests.byId} through
 * {@link RequestCopyDownload}.
 */
@Configuration(proxyBeanMethods = false)
class RequestCopyDownloadSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain requestCopyDownloads(HttpSecurity http) throws Exception {
        return DownloadSecurity.chain(http, RequestCopyDownload.PATTERN);
    }
}
