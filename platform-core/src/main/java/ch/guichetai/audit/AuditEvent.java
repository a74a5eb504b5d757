package ch.guichetai.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * One recorded change, as the office's administrators read it.
 *
 * @param actorAccountId the acting person's account; empty for office staff, who have none
 * @param summary        what changed, in a few words and numbers, without secrets (an IBAN is masked)
 */
public record AuditEvent(long id, Instant at, String actorSubject, String actorEmail, Optional<Long> actorAccountId,
                         AuditAction action, String targetType, long targetId, String summary) {
}
