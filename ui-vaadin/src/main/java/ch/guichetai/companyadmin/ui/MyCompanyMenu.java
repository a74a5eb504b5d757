package ch.guichetai.companyadmin.ui;

import ch.guichetai.canton.Role;
import ch.guichetai.ui.MainLayout.MenuEntry;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MyCompanyMenu {

    @Bean
    MenuEntry myCompanyMenuEntry() {
        return new MenuEntry("mycompany.title", MyCompanyView.class, List.of(Role.COMPANY_MANAGER));
    }
}
