package ch.guichetai.guichet.ui;

import ch.guichetai.account.Account;
import ch.guichetai.limits.TooManyRequestsException;
import ch.guichetai.registration.Registrations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * "Confirmez votre accès au guichet en ligne en cliquant sur le lien reçu par email." with the link
 * "Renvoyez-moi un nouvel email!" (seed 004): on the Guichet and on the form pages, whose requests
 * cannot be sent before the address is confirmed.
 */
class VerificationBanner extends Div {

    /** @param consequenceKey what the person cannot do yet, said after the request to confirm; null for nothing */
    VerificationBanner(Registrations registrations, Account account, String consequenceKey) {
        Button resend = new Button(getTranslation("guichet.verify.resend"));
        resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        resend.setId("resend-verification");
        resend.setDisableOnClick(true);
        resend.addClickListener(click -> {
            try {
                registrations.resendVerificationEmail(account);
                Notification.show(getTranslation("guichet.verify.sent", account.email().value()));
            } catch (TooManyRequestsException tooMany) {
                Notification.show(getTranslation(TooManyRequestsException.MESSAGE_KEY))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        add(new Span(getTranslation("guichet.verify.text")));
        if (consequenceKey != null) {
            add(new Span(" " + getTranslation(consequenceKey) + " "));
        }
        add(resend);
        addClassName("verification-banner");
        setId("verification-banner");
    }
}
