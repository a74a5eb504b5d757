package ch.guichetai.beneficiary.ui;

import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.beneficiary.Beneficiary;
import ch.guichetai.document.Documents;
import ch.guichetai.identity.Actor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import java.util.Optional;
import java.util.function.Supplier;

/** The two dialogs of every list of beneficiaries: the form, and the confirmation of a removal. */
final class BeneficiaryDialogs {

    private BeneficiaryDialogs() {
    }

    /** Opens the form for a new beneficiary (empty) or an existing one; {@code afterSave} runs once it is saved. */
    static Dialog openEditor(Beneficiaries beneficiaries, Documents documents, Supplier<Actor> actor,
                             Optional<Beneficiary> existing, Runnable afterSave) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation(existing.isPresent() ? "beneficiaries.edit" : "beneficiaries.add"));
        dialog.add(new BeneficiaryEditor(beneficiaries, documents, actor, existing, saved -> {
            dialog.close();
            afterSave.run();
        }));
        Button close = new Button(dialog.getTranslation("beneficiaries.cancel"), click -> dialog.close());
        close.setId("close-beneficiary");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(close);
        dialog.setWidth("min(60rem, 100vw)");
        dialog.open();
        return dialog;
    }

    /** Asks before removing; then says whether the beneficiary was deleted or archived (requests were sent for it). */
    static ConfirmDialog confirmRemoval(Beneficiaries beneficiaries, Supplier<Actor> actor, Beneficiary beneficiary,
                                        Runnable afterRemoval) {
        String name = beneficiary.firstName() + " " + beneficiary.lastName();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(confirm.getTranslation("beneficiaries.delete.title"));
        confirm.setText(confirm.getTranslation("beneficiaries.delete.text", name));
        confirm.setCancelable(true);
        confirm.setCancelText(confirm.getTranslation("beneficiaries.cancel"));
        confirm.setConfirmText(confirm.getTranslation("beneficiaries.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> {
            Beneficiaries.Removal removal = beneficiaries.delete(actor.get(), beneficiary.id());
            Notification.show(confirm.getTranslation(removal == Beneficiaries.Removal.ARCHIVED
                    ? "beneficiaries.archived" : "beneficiaries.deleted", name));
            afterRemoval.run();
        });
        confirm.open();
        return confirm;
    }
}
