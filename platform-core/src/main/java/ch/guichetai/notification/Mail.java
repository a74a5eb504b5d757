package ch.guichetai.notification;

import ch.guichetai.canton.InvoiceForm;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An e-mail of the platform and the values its texts show. Its texts are
 * {@code <template>.subject} and {@code <template>.body} in {@code notification/mails_xx.properties},
 * where the template is the record's name in kebab case ({@code CompanyApproved} →
 * {@code company-approved}) and {0}, {1}… are the record's components in their order. A test
 * holds every record against the FR and DE texts. A component that is an {@link InvoiceForm} reads as the
 * form's title in the mail's language ({@code form.<official number>}).
 */
public sealed interface Mail {

    /** The company's registration was accepted: its Gérant may log in. */
    record CompanyApproved(String company, String loginUrl, String office) implements Mail {
    }

    /** The company's registration was refused, with the office's reason. */
    record CompanyRefused(String company, String reason, String office) implements Mail {
    }

    /** Sent to the previous address when an account's e-mail address was changed. */
    record EmailChanged(String newAddress, String office) implements Mail {
    }

    /** Someone tried to register with an address that already has an account. */
    record RegistrationAttempt(String siteUrl, String office) implements Mail {
    }

    // --- issue 12: mails (ADR 0038): the office's decisions on a request, to whoever sent it ---

    /** The office accepted the request: it goes to payment. */
    record RequestAccepted(String reference, InvoiceForm form, String beneficiary, String period, String office)
            implements Mail {
    }

    /** The office asks for a correction: its message and the link to the request's correction page. */
    record RequestCorrectionAsked(String reference, InvoiceForm form, String beneficiary, String period, String message,
                                  String correctionUrl, String office) implements Mail {
    }

    /** The office refused the request, with its reason. */
    record RequestRefused(String reference, InvoiceForm form, String beneficiary, String period, String reason,
                          String office) implements Mail {
    }

    /** The name of this mail's texts in the bundles. */
    default String template() {
        return getClass().getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The values of {0}, {1}…: the record's components in their order. */
    default List<Object> arguments() {
        return Arrays.stream(getClass().getRecordComponents()).map(this::valueOf).toList();
    }

    private Object valueOf(RecordComponent component) {
        try {
            return component.getAccessor().invoke(this);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
