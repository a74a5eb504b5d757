package ch.guichetai.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands at the office; a sent request starts {@link #IN_PROGRESS}. The office
 * decides a request in progress (accepted, to complete, refused); a request to complete goes back
 * in progress when its owner corrects it. No other move exists (ADR 0034).
 */
public enum RequestStatus {
    /** En traitement / In Bearbeitung. */
    IN_PROGRESS,
    /** A compléter / Zu ergänzen. */
    TO_COMPLETE,
    /** Accepté / Angenommen. */
    ACCEPTED,
    /** Refusé / Abgelehnt. */
    REFUSED;

    /** The statuses this one may move to: the table of allowed transitions. */
    public Set<RequestStatus> next() {
        return switch (this) {
            case IN_PROGRESS -> EnumSet.of(ACCEPTED, TO_COMPLETE, REFUSED);
            case TO_COMPLETE -> EnumSet.of(IN_PROGRESS);
            case ACCEPTED, REFUSED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    /** Whether the office makes this move (every move but the owner's correction). */
    boolean decidedByOffice() {
        return this != IN_PROGRESS;
    }

    /** @throws TransitionRefusedException when the table does not allow moving from here to {@code to} */
    public void requireMoveTo(RequestStatus to) {
        if (!next().contains(to)) {
            throw new TransitionRefusedException("a request " + this + " cannot become " + to);
        }
    }
}
