package ch.guichetai.request;

import java.util.Optional;

/**
 * The office decided a request (accepted, asked a correction, refused); published in the
 * decision's transaction, so that what other features do about it (the e-mail to the request's
 * sender, ADR 0038) commits or rolls back with the decision. The owner's correction sent back is
 * no decision and publishes nothing.
 *
 * @param message the correction asked or the reason of the refusal; empty when accepted
 */
public record RequestDecided(long requestId, RequestStatus from, RequestStatus to, Optional<String> message) {
}
