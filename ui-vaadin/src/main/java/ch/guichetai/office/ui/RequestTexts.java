package ch.guichetai.office.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.request.RequestStatus;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** How the office's pages name a request's status and form (the Guichet's words, seeds 004). */
final class RequestTexts {

    private RequestTexts() {
    }

    /** "En traitement", "A compléter", "Accepté", "Refusé": the words the Guichet shows the user. */
    static String status(RequestStatus status) {
        return translate("guichet.status." + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The status as a badge, coloured by the class {@code status-in_progress} etc. */
    static Span statusBadge(RequestStatus status) {
        Span badge = new Span(status(status));
        badge.addClassNames("request-status", "status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    /** "Frais de voyage et nourriture (318.632.1)". */
    static String form(InvoiceForm form) {
        return translate("form." + form.officialNumber()) + " (" + form.officialNumber() + ")";
    }
}
