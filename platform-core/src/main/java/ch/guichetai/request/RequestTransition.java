package ch.guichetai.request;

import java.time.Instant;
import java.util.Optional;

/**
 * One change of a request's status, as the request's detail shows it.
 *
 * @param by      the e-mail of the office staff member who decided; empty in the owner's view, and
 *                for the owner's own moves
 * @param message the office's message: the correction asked or the reason of a refusal
 */
public record RequestTransition(Optional<String> by, Instant at, RequestStatus from, RequestStatus to,
                                Optional<String> message) {

    /** The same transition without the staff member's name, as the owner sees it. */
    RequestTransition anonymous() {
        return new RequestTransition(Optional.empty(), at, from, to, message);
    }
}
