package ch.guichetai.beneficiary.ui;

import ch.guichetai.ui.DownloadSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The procuration downloads are plain HTTP next to Vaadin: their path gets the chain of
 * {@link DownloadSecurity} (a session required, the login for a browser without one); who may read
 * which file is decided by the document store through {@link ProcurationDownload}.
 */
@Configuration(proxyBeanMethods = false)
class ProcurationDownloadSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain procurationDownloads(HttpSecurity http) throws Exception {
        return DownloadSecurity.chain(http, ProcurationDownload.PATH + "**");
    }
}
