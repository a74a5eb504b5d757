package ch.guichetai.guichet.ui;

import ch.guichetai.ui.MainLayout.MenuEntry;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GuichetMenu {

    @Bean
    MenuEntry guichetMenuEntry() {
        return new MenuEntry("guichet.title", GuichetView.class, List.of());
    }
}
