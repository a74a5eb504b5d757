package ch.guichetai.audit;

/**
 * What was done, as the audit trail records it (its name is the stored code). Each action is about
 * one kind of thing, its target type: {@link AuditTrail#record} refuses another.
 */
public enum AuditAction {

    REQUEST_SENT(AuditTrail.REQUEST),
    REQUEST_CORRECTED(AuditTrail.REQUEST),
    REQUEST_ACCEPTED(AuditTrail.REQUEST),
    REQUEST_CORRECTION_ASKED(AuditTrail.REQUEST),
    REQUEST_REFUSED(AuditTrail.REQUEST),

    BENEFICIARY_CREATED(AuditTrail.BENEFICIARY),
    BENEFICIARY_CHANGED(AuditTrail.BENEFICIARY),
    BENEFICIARY_ARCHIVED(AuditTrail.BENEFICIARY),
    BENEFICIARY_DELETED(AuditTrail.BENEFICIARY),
    BENEFICIARY_DECISION_ADDED(AuditTrail.BENEFICIARY),
    BENEFICIARY_DECISION_CHANGED(AuditTrail.BENEFICIARY),
    BENEFICIARY_DECISION_REMOVED(AuditTrail.BENEFICIARY),
    PROCURATION_ADDED(AuditTrail.BENEFICIARY),
    PROCURATION_REPLACED(AuditTrail.BENEFICIARY),
    PROCURATION_REMOVED(AuditTrail.BENEFICIARY),

    BANK_ACCOUNT_ADDED(AuditTrail.BANK_ACCOUNT),
    BANK_ACCOUNT_CHANGED(AuditTrail.BANK_ACCOUNT),
    BANK_ACCOUNT_REMOVED(AuditTrail.BANK_ACCOUNT),
    COMPANY_BANK_ACCOUNT_ADDED(AuditTrail.BANK_ACCOUNT),
    COMPANY_BANK_ACCOUNT_CHANGED(AuditTrail.BANK_ACCOUNT),
    COMPANY_BANK_ACCOUNT_REMOVED(AuditTrail.BANK_ACCOUNT),

    MEMBER_INVITED(AuditTrail.ACCOUNT),
    MEMBER_CHANGED(AuditTrail.ACCOUNT),
    MEMBER_ROLE_CHANGED(AuditTrail.ACCOUNT),
    MEMBER_REMOVED(AuditTrail.ACCOUNT),

    COMPANY_APPROVED(AuditTrail.COMPANY),
    COMPANY_REFUSED(AuditTrail.COMPANY);

    private final String targetType;

    AuditAction(String targetType) {
        this.targetType = targetType;
    }

    /** The kind of thing the action changes: one of {@link AuditTrail#TARGET_TYPES}. */
    public String targetType() {
        return targetType;
    }
}
