package ch.guichetai.guichet.ui;

import ch.guichetai.ui.DownloadSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The requests' documents are downloaded by plain HTTP next to Vaadin: their path gets the chain of
 * {@link DownloadSecurity}; who may read which document is decided by {@code Requests.readDocument}
 * through {@link RequestDocumentDownload}.
 */
@Configuration(proxyBeanMethods = false)
class RequestDocumentDownloadSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 2)
    SecurityFilterChain requestDocumentDownloads(HttpSecurity http) throws Exception {
        return DownloadSecurity.chain(http, RequestDocumentDownload.PATTERN);
    }
}
