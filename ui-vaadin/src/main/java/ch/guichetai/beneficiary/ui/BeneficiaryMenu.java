package ch.guichetai.beneficiary.ui;

import ch.guichetai.canton.Role;
import ch.guichetai.ui.MainLayout.MenuEntry;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BeneficiaryMenu {

    @Bean
    MenuEntry beneficiariesMenuEntry() {
        return new MenuEntry("beneficiaries.title", BeneficiariesView.class,
                List.of(Role.COMPANY_MANAGER, Role.COMPANY_COLLABORATOR));
    }
}
