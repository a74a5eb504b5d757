package ch.guichetai.guichet.ui;

import ch.guichetai.request.RequestStatus;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;

/** A request's status with its icon, as the history and the request's detail show it; the icon is decoration. */
class StatusBadge extends Span {

    StatusBadge(RequestStatus status) {
        Icon icon = icon(status).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        add(icon, new Span(getTranslation(RequestHistory.statusKey(status))));
        addClassNames("request-status", "status-" + status.name().toLowerCase(Locale.ROOT));
    }

    private static VaadinIcon icon(RequestStatus status) {
        return switch (status) {
            case IN_PROGRESS -> VaadinIcon.HOURGLASS;
            case TO_COMPLETE -> VaadinIcon.EDIT;
            case ACCEPTED -> VaadinIcon.CHECK_CIRCLE;
            case REFUSED -> VaadinIcon.CLOSE_CIRCLE;
        };
    }
}
