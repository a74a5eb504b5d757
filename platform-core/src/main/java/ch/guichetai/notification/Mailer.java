package ch.guichetai.notification;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.canton.Language;
import ch.guichetai.primitives.EmailAddress;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a platform e-mail in the recipient's language (texts in {@code notification/mails_xx.properties})
 * into the outbox of the current canton; the relay sends it once the transaction has committed.
 */
@Service
public class Mailer {

    private final OutboxMailRepository outbox;

    Mailer(OutboxMailRepository outbox) {
        this.outbox = outbox;
    }

    /** Joins the caller's transaction: the mail exists only if the caller's change commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(EmailAddress recipient, Language language, Mail mail) {
        ResourceBundle texts = ResourceBundle.getBundle("notification/mails", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] arguments = mail.arguments().stream()
                .map(argument -> argument instanceof InvoiceForm form ? texts.getString("form." + form.officialNumber()) : argument)
                .toArray();
        outbox.save(new OutboxMail(recipient.value(),
                format(texts.getString(mail.template() + ".subject"), language.locale(), arguments),
                format(texts.getString(mail.template() + ".body"), language.locale(), arguments)));
    }

    private static String format(String pattern, Locale locale, Object[] arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
