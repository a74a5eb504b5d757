package ch.guichetai.request;

/** The orders of the office's queue (ADR 0035). */
public enum QueueSort {
    /** The requests in progress first, the one waiting longest first; then the others, oldest first. */
    OLDEST_WAITING,
    /** The latest sent first. */
    NEWEST,
    /** The largest total first. */
    AMOUNT
}
