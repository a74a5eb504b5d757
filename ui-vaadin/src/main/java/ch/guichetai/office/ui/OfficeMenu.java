package ch.guichetai.office.ui;

import ch.guichetai.canton.Role;
import ch.guichetai.ui.MainLayout.MenuEntry;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OfficeMenu {

    @Bean
    MenuEntry pendingRegistrationsMenuEntry() {
        return new MenuEntry("office.registrations.title", PendingRegistrationsView.class,
                List.of(Role.OFFICE_AGENT, Role.OFFICE_ADMIN));
    }

    @Bean
    MenuEntry signInsMenuEntry() {
        return new MenuEntry("office.signins.title", SignInsView.class, List.of(Role.OFFICE_ADMIN));
    }

    // --- issue 12: audit ---

    @Bean
    MenuEntry auditTrailMenuEntry() {
        return new MenuEntry("office.journal.title", AuditTrailView.class, List.of(Role.OFFICE_ADMIN));
    }
}
