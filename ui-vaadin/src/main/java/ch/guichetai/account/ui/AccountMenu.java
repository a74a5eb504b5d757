package ch.guichetai.account.ui;

import ch.guichetai.ui.MainLayout.MenuEntry;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountMenu {

    @Bean
    MenuEntry accountMenuEntry() {
        return new MenuEntry("account.title", AccountView.class, List.of());
    }
}
