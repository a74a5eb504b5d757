package ch.guichetai.request;

import ch.guichetai.audit.AuditAction;
import ch.guichetai.audit.AuditTrail;
import ch.guichetai.identity.Actor;
import ch.guichetai.request.RequestRows.RequestState;
import ch.guichetai.validation.FieldCheck;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a sent request (ADR 0034): the office's decisions (accept, ask a correction, refuse),
 * the owner's correction sent back, and the transitions kept for each. Only the moves of
 * {@link RequestStatus#next()} exist. Office staff of the request's canton decide; to anyone else
 * the request does not exist. Two agents deciding at once: the status's conditional update lets
 * exactly one win, in the transaction that records its transition.
 */
@Service
public class RequestDecisions {

    /** The longest message (correction asked, reason of a refusal) the office may write. */
    public static final int MESSAGE_MAX_LENGTH = 2000;

    private final RequestRows rows;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    RequestDecisions(RequestRows rows, Clock clock, ApplicationEventPublisher events, AuditTrail audit) {
        this.rows = rows;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
    }

    /** The office accepts the request (it goes to payment). */
    @Transactional
    public void accept(Actor actor, long requestId) {
        move(actor, requestId, RequestStatus.ACCEPTED, null, null);
    }

    /**
     * The office asks the owner to correct the request, saying what.
     *
     * @throws ch.guichetai.validation.InvalidInputException on field {@code message}: missing or too long
     */
    @Transactional
    public void askCorrection(Actor actor, long requestId, String message) {
        move(actor, requestId, RequestStatus.TO_COMPLETE, "message", message);
    }

    /**
     * The office refuses the request, giving the reason.
     *
     * @throws ch.guichetai.validation.InvalidInputException on field {@code reason}: missing or too long
     */
    @Transactional
    public void refuse(Actor actor, long requestId, String reason) {
        move(actor, requestId, RequestStatus.REFUSED, "reason", reason);
    }

    /**
     * The owner sent the corrected request: back to the office, in progress. The correction form
     * (a later change) calls it in the transaction that stores the corrected content.
     */
    @Transactional
    public void correctionSent(Actor actor, long requestId) {
        move(actor, requestId, RequestStatus.IN_PROGRESS, null, null);
    }

    /**
     * The request's transitions, oldest first, for its owner (without the staff members' names)
     * and the office of its canton (with them).
     */
    @Transactional(readOnly = true)
    public List<RequestTransition> transitions(Actor actor, long requestId) {
        RequestState state = rows.state(requestId).orElseThrow(() -> new UnknownRequestException(requestId));
        List<RequestTransition> transitions = rows.transitions(requestId);
        if (actor.isOfficeStaff()) {
            return transitions;
        }
        if (isOwner(actor, state)) {
            return transitions.stream().map(RequestTransition::anonymous).toList();
        }
        throw new UnknownRequestException(requestId);
    }

    /**
     * Access first (a stranger learns nothing, not even that the message is missing), then the
     * message when the move takes one ({@code field} not null), then the move and its transition.
     */
    private void move(Actor actor, long requestId, RequestStatus to, String field, String message) {
        RequestState state = rows.state(requestId)
                .filter(found -> to.decidedByOffice() ? actor.isOfficeStaff() : isOwner(actor, found))
                .orElseThrow(() -> new UnknownRequestException(requestId));
        String text = field == null ? null : required(field, message);
        RequestStatus from = state.status();
        from.requireMoveTo(to);
        if (!rows.move(requestId, from, to)) {
            throw new TransitionRefusedException("request " + requestId + " is no longer " + from + ": decided by someone else");
        }
        rows.recordTransition(requestId, actor, clock.instant(), from, to, text);
        audit.record(actor, auditAction(to), AuditTrail.REQUEST, requestId, from + " → " + to);
        if (to.decidedByOffice()) {
            events.publishEvent(new RequestDecided(requestId, from, to, Optional.ofNullable(text)));
        }
    }

    /** Each move is one action of the audit trail (ADR 0039); back in progress is the owner's correction. */
    private static AuditAction auditAction(RequestStatus to) {
        return switch (to) {
            case ACCEPTED -> AuditAction.REQUEST_ACCEPTED;
            case TO_COMPLETE -> AuditAction.REQUEST_CORRECTION_ASKED;
            case REFUSED -> AuditAction.REQUEST_REFUSED;
            case IN_PROGRESS -> AuditAction.REQUEST_CORRECTED;
        };
    }

    private static boolean isOwner(Actor actor, RequestState state) {
        return Requests.ownerOf(actor).filter(state.owner()::equals).isPresent();
    }

    private static String required(String field, String text) {
        FieldCheck check = new FieldCheck();
        String stripped = check.text(field, text, MESSAGE_MAX_LENGTH);
        check.throwIfAny();
        return stripped;
    }
}
