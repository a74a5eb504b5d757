package ch.guichetai.limits;

import java.time.Duration;

/**
 * A limit of ADR 0016 is reached: nothing was sent or created. The user is told
 * {@link #MESSAGE_KEY} (the same text whatever the limit, so that it reveals nothing about the address).
 */
public class TooManyRequestsException extends RuntimeException {

    public static final String MESSAGE_KEY = "limit.too-many-requests";

    private final Limit limit;
    private final Duration retryAfter;

    public TooManyRequestsException(Limit limit, Duration retryAfter) {
        super("limit " + limit + " reached; next attempt possible in " + retryAfter);
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public Limit limit() {
        return limit;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
