package ch.guichetai.office.ui;

import ch.guichetai.canton.Role;
import ch.guichetai.ui.MainLayout.MenuEntry;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The office's pages, under one "Back office" heading: the requests' queue first (where office
 * staff land after login), the company registrations, and the sign-ins and the audit trail for administrators.
 */
@Configuration(proxyBeanMethods = false)
class OfficeMenu {

    static final Optional<String> BACK_OFFICE = Optional.of("office.menu");

    @Bean
    @Order(1)
    MenuEntry officeQueueMenuEntry() {
        return new MenuEntry("office.queue.menu", OfficeQueueView.class, List.of(Role.OFFICE_AGENT, Role.OFFICE_ADMIN),
                BACK_OFFICE);
    }

    @Bean
    @Order(2)
    MenuEntry pendingRegistrationsMenuEntry() {
        return new MenuEntry("office.registrations.menu", PendingRegistrationsView.class,
                List.of(Role.OFFICE_AGENT, Role.OFFICE_ADMIN), BACK_OFFICE);
    }

    @Bean
    @Order(3)
    MenuEntry signInsMenuEntry() {
        return new MenuEntry("office.signins.title", SignInsView.class, List.of(Role.OFFICE_ADMIN), BACK_OFFICE);
    }

    // --- issue 12: audit ---

    @Bean
    @Order(4)
    MenuEntry auditTrailMenuEntry() {
        return new MenuEntry("office.journal.title", AuditTrailView.class, List.of(Role.OFFICE_ADMIN), BACK_OFFICE);
    }
}
