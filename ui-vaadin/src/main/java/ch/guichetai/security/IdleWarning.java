package ch.guichetai.security;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;

/**
 * Tells a logged-in person, {@link SessionLimits#WARNING_BEFORE} before the idle timeout, that the
 * session is about to end, with a button to stay signed in; when the session has ended (idle, or
 * at its maximum), takes the page to the home page, which says why, instead of an error.
 *
 * <p>The timers run in the browser and start again after every exchange with the server (Vaadin's
 * connection state goes back to "connected"), which is what {@link SessionLimitsFilter} counts as
 * activity. On a form page it adds that what was typed is kept as a draft (ADR 0028). Showing the
 * warning is done in the browser only: a call to the server would itself count as activity and keep
 * the session alive forever.
 */
class IdleWarning extends Div {

    static final String EXPIRED_STATE = "session-expired";

    private static final String SCRIPT = """
            const box = this, idle = $0 * 1000, warnBefore = $1 * 1000, maxLeft = $2 * 1000;
            const expired = () => location.assign(new URL('./?state=' + $3, document.baseURI));
            const timers = window.guichetIdleWarning || (window.guichetIdleWarning = {});
            const arm = () => {
              clearTimeout(timers.warn);
              clearTimeout(timers.end);
              box.hidden = true;
              timers.warn = setTimeout(() => {
                // on a form page, whose draft is saved as the user goes (ADR 0028), it says so
                const draft = box.querySelector('#idle-warning-draft');
                draft.hidden = !document.getElementById('draft-status');
                box.setAttribute('aria-labelledby', draft.hidden ? 'idle-warning-text' : 'idle-warning-text idle-warning-draft');
                box.hidden = false;
                box.querySelector('vaadin-button').focus();
              }, idle - warnBefore);
              // a few seconds after the server's own deadline, so that the session is surely over
              timers.end = setTimeout(expired, idle + 5000);
            };
            clearTimeout(timers.max);
            timers.max = setTimeout(expired, maxLeft + 5000);
            if (!timers.listening && window.Vaadin && window.Vaadin.connectionState) {
              // the end of a call (not a heartbeat's reconnection), as the server counts activity
              window.Vaadin.connectionState.addStateChangeListener((before, now) => {
                if (before === 'loading' && now === 'connected') timers.arm();
              });
              timers.listening = true;
            }
            timers.arm = arm;
            box.querySelector('vaadin-button').addEventListener('click', arm);
            arm();
            """;

    private final Duration idleTimeout;
    private final Duration maxLeft;
    private final Span text = new Span();
    private final Span draft = new Span();
    // The click's own request to the server is the activity that keeps the session open.
    private final Button stay = new Button("", click -> { });

    IdleWarning(Duration idleTimeout, Duration maxLeft) {
        this.idleTimeout = idleTimeout;
        this.maxLeft = maxLeft;
        setId("idle-warning");
        addClassName("idle-warning");
        getElement().setAttribute("hidden", true);
        getElement().setAttribute("role", "alertdialog");
        getElement().setAttribute("aria-labelledby", "idle-warning-text");
        getStyle().set("position", "fixed").set("z-index", "1000").set("bottom", "var(--lumo-space-l)")
                .set("left", "var(--lumo-space-l)").set("right", "var(--lumo-space-l)").set("max-width", "36rem")
                .set("margin", "0 auto").set("padding", "var(--lumo-space-m)")
                .set("background", "var(--lumo-base-color)").set("color", "var(--lumo-body-text-color)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("box-shadow", "var(--lumo-box-shadow-l)");
        text.setId("idle-warning-text");
        draft.setId("idle-warning-draft");
        draft.getElement().setAttribute("hidden", true);
        draft.getStyle().set("margin-inline-start", "var(--lumo-space-xs)");
        stay.setId("idle-warning-stay");
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stay.getStyle().set("margin-inline-start", "var(--lumo-space-m)");
        add(text, draft, stay);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // in the page's language, known once the UI is set up
        text.setText(getTranslation("session.idle.warning", SessionLimits.WARNING_BEFORE.toMinutes()));
        draft.setText(getTranslation("session.idle.draft"));
        stay.setText(getTranslation("session.idle.stay"));
        getElement().executeJs(SCRIPT, idleTimeout.toSeconds(), SessionLimits.WARNING_BEFORE.toSeconds(),
                Math.max(0, maxLeft.toSeconds()), EXPIRED_STATE);
    }
}
