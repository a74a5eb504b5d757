package ch.guichetai.guichet.ui;

import ch.guichetai.canton.Role;
import ch.guichetai.ui.MainLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The page of one invoice form, {@code guichet/demande/318.632.1}. */
@Route(value = "guichet/demande", layout = MainLayout.class)
@RolesAllowed({Role.BENEFICIARY_NAME, Role.LEGAL_REPRESENTATIVE_NAME, Role.COMPANY_MANAGER_NAME,
        Role.COMPANY_COLLABORATOR_NAME})
class RequestView extends Div implements HasUrlParameter<String> {

    @Override
    public void setParameter(BeforeEvent event, String number) {
    }
}
