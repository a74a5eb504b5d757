package ch.guichetai.identity;

import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Role;
import ch.guichetai.tenant.TenantContext;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who acts: the logged-in user as their canton's realm and the platform know them (the canton of
 * their login, Keycloak's id, e-mail and roles; their account and company when they have one).
 * Resolved once per HTTP request from the authenticated token and passed to every service method
 * that reads or changes owned data; the service decides with it (ADR 0021), never the view.
 *
 * @param accountId empty for office staff, who have a Keycloak user but no account
 * @param companyId the company a member acts for; empty for individuals and office staff
 */
public record Actor(CantonCode canton, String subject, String email, Set<Role> roles, Optional<Long> accountId,
                    Optional<Long> companyId) {

    public Actor {
        Objects.requireNonNull(canton, "canton");
        Objects.requireNonNull(subject, "subject");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(companyId, "companyId");
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the actor logged in on the canton the current request is about. */
    public boolean actsInCurrentCanton() {
        return TenantContext.find().filter(canton::equals).isPresent();
    }

    /** Whether the actor is office staff (agent or administrator) of the current canton. */
    public boolean isOfficeStaff() {
        return actsInCurrentCanton() && (has(Role.OFFICE_AGENT) || has(Role.OFFICE_ADMIN));
    }

    /** Office staff (agent or administrator) of the current canton; anyone else is refused. */
    public Actor requireOffice() {
        if (!isOfficeStaff()) {
            throw new NotAllowedException(this, "office staff of " + TenantContext.find().map(CantonCode::value).orElse("?"));
        }
        return this;
    }

    /** An office administrator of the current canton; anyone else is refused. */
    public Actor requireOfficeAdmin() {
        if (!actsInCurrentCanton() || !has(Role.OFFICE_ADMIN)) {
            throw new NotAllowedException(this, "office administrator");
        }
        return this;
    }

    /** The account of a person acting in the current canton; office staff and strangers are refused. */
    public long requireAccount() {
        if (!actsInCurrentCanton() || accountId.isEmpty()) {
            throw new NotAllowedException(this, "a person with an account here");
        }
        return accountId.orElseThrow();
    }

    /**
     * The actor may not do this; nothing was read or changed. An illegal argument, as an unknown id
     * is: to the caller, another person's or canton's data does not exist.
     */
    public static class NotAllowedException extends IllegalArgumentException {
        public NotAllowedException(Actor actor, String required) {
            super("user " + actor.subject() + " of " + actor.canton() + " is not " + required);
        }
    }
}
