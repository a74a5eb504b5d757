package ch.guichetai.request;

import ch.guichetai.catalogue.AssistiveDeviceCatalog;
import ch.guichetai.catalogue.AssistiveDeviceCatalogLoader;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RequestConfiguration {

    /** Today, in Switzerland: the day the checks of the dates start from; tests replace it to fix the day. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Zurich"));
    }

    /** The items of the forms 318.635–639, checked at start-up (ADR 0029). */
    @Bean
    AssistiveDeviceCatalog assistiveDevices() {
        return new AssistiveDeviceCatalogLoader().loadShipped();
    }
}
