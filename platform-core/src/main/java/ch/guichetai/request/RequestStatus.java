package ch.guichetai.request;

/** Where a request stands at the office; a sent request starts {@link #IN_PROGRESS}. */
public enum RequestStatus {
    /** En traitement / In Bearbeitung. */
    IN_PROGRESS,
    /** A compléter / Zu ergänzen. */
    TO_COMPLETE,
    /** Accepté / Akzeptiert. */
    ACCEPTED,
    /** Refusé / Abgelehnt. */
    REFUSED
}
