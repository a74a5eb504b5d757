package ch.guichetai.limits;

/**
 * The actions of the platform that send a mail or create an account, each limited by its own
 * buckets (ADR 0016). Their rates are configuration: {@code guichet.limits.<kebab-case name>}.
 */
public enum Limit {
    /** Registrations (successful or not) naming one e-mail address in a canton. */
    REGISTRATION_PER_ADDRESS,
    /** Registrations from one client address (IP), whatever the e-mail and the canton. */
    REGISTRATION_PER_CLIENT,
    /** Verification e-mails sent again for one account ("Renvoyez-moi un nouvel email!"). */
    VERIFICATION_PER_ACCOUNT,
    /** Collaborators added and invitations sent again by one Gérant. */
    INVITATION_PER_MANAGER,
    /** Invitations sent again to one member. */
    INVITATION_PER_MEMBER;

    /** The prefix of the bucket's key in the database, readable when looking at the table. */
    String keyPrefix() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
