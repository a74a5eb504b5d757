package ch.guichetai.ui;

import ch.guichetai.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The form that changes a bank account (seeds 000 §4.1.4, 002 §4.2.2), for a person's and for a
 * company's accounts alike: prefilled with the IBAN and holder, saved or cancelled. The service
 * checks the input as on creation; its verdict is shown at the fields and what was typed stays.
 * It knows no bank account type: the shared {@code ui} module must not depend on the features.
 */
public final class BankAccountEditor extends Dialog {

    /** Saves the typed IBAN and holder. */
    public interface Save {
        /** @throws InvalidInputException what is wrong with the fields "iban" and "holder"; the editor stays open */
        void apply(String iban, String holder);
    }

    private final TextField holder;

    public BankAccountEditor(String currentIban, String currentHolder, Save save) {
        FieldErrors errors = new FieldErrors();
        TextField iban = errors.register("iban", new TextField(getTranslation("registration.iban")));
        iban.setId("edit-iban");
        iban.setValue(currentIban);
        iban.setWidthFull();
        holder = errors.register("holder", new TextField(getTranslation("registration.account-holder")));
        holder.setId("edit-holder");
        holder.setValue(currentHolder);
        holder.setWidthFull();
        setHeaderTitle(getTranslation("account.bank-accounts.edit"));
        Button saveButton = new Button(getTranslation("account.bank-accounts.save"), click -> {
            try {
                save.apply(iban.getValue(), holder.getValue());
                close();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        saveButton.setId("save-bank-account");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("app.cancel"), click -> close());
        cancel.setId("cancel-bank-account");
        add(iban, holder);
        getFooter().add(cancel, saveButton);
    }

    /** The pencil button ("Modifier") of one bank account in a list. */
    public static Button editButton(String id, Runnable open) {
        Button edit = new Button(VaadinIcon.PENCIL.create(), click -> open.run());
        edit.setId(id);
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(edit.getTranslation("account.bank-accounts.edit"));
        edit.setTooltipText(edit.getTranslation("account.bank-accounts.edit"));
        return edit;
    }

    /** The holder field, for a caller that warns about the holder as it is typed. */
    public TextField holder() {
        return holder;
    }
}
