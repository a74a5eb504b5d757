package ch.guichetai.audit;

import java.time.LocalDate;

/**
 * What the office's administrators look for in the audit trail; every criterion is optional (null).
 *
 * @param from        the first Swiss day, inclusive
 * @param to          the last Swiss day, inclusive
 * @param actorEmail  the start of the acting user's e-mail address (case does not matter)
 * @param targetType  one of {@link AuditTrail#TARGET_TYPES}
 * @param targetId    the id of the target (of any type when {@code targetType} is null)
 */
public record AuditFilter(LocalDate from, LocalDate to, AuditAction action, String actorEmail, String targetType,
                          Long targetId) {

    /** Everything, newest first. */
    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter {
        actorEmail = actorEmail == null || actorEmail.isBlank() ? null : actorEmail.strip();
        if (targetType != null && !AuditTrail.TARGET_TYPES.contains(targetType)) {
            throw new IllegalArgumentException("unknown target type " + targetType);
        }
    }
}
