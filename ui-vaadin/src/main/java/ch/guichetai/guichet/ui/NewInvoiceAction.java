package ch.guichetai.guichet.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import ch.guichetai.canton.Role;
import ch.guichetai.ui.CurrentCanton;
import ch.guichetai.ui.MainLayout.HeaderAction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Nouvelle facture" in the header of the company members (seed 002 §4.4): the list of forms in a dialog. */
@Configuration(proxyBeanMethods = false)
class NewInvoiceAction {

    @Bean
    HeaderAction newInvoice(CurrentCanton canton) {
        return new HeaderAction(List.of(Role.COMPANY_MANAGER, Role.COMPANY_COLLABORATOR), () -> {
            Button button = new Button(translate("guichet.new-invoice"),
                    VaadinIcon.PLUS.create());
            button.setId("new-invoice");
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            button.addClickListener(click -> {
                Dialog dialog = new Dialog(new InvoiceFormList(canton.get()));
                dialog.setHeaderTitle(button.getTranslation("guichet.forms"));
                dialog.setId("new-invoice-dialog");
                dialog.getFooter().add(new Button(button.getTranslation("app.cancel"), close -> dialog.close()));
                // a chosen form navigates away: the dialog closes with the page it was opened on
                Registration closeOnNavigation = UI.getCurrent().addAfterNavigationListener(after -> dialog.close());
                dialog.addOpenedChangeListener(change -> {
                    if (!change.isOpened()) {
                        closeOnNavigation.remove();
                    }
                });
                dialog.open();
            });
            return button;
        });
    }
}
