package ch.guichetai.companyadmin;

import ch.guichetai.account.Account.CompanyRole;
import ch.guichetai.account.Account.Person;
import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.NewAccount;
import ch.guichetai.account.UserAndAccount;
import ch.guichetai.audit.AuditAction;
import ch.guichetai.audit.AuditTrail;
import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Language;
import ch.guichetai.canton.Role;
import ch.guichetai.company.Companies;
import ch.guichetai.company.Company;
import ch.guichetai.identity.Actor;
import ch.guichetai.identity.EmailAlreadyRegisteredException;
import ch.guichetai.identity.KeycloakUsers;
import ch.guichetai.identity.NewUser;
import ch.guichetai.identity.UserProfile;
import ch.guichetai.limits.Limit;
import ch.guichetai.limits.RateLimits;
import ch.guichetai.notification.Mail;
import ch.guichetai.notification.Mailer;
import ch.guichetai.primitives.EmailAddress;
import ch.guichetai.primitives.PhoneNumber;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.tenant.PublicUrls;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.validation.FieldCheck;
import ch.guichetai.validation.InvalidInputException;
import ch.guichetai.validation.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The members of a company, managed by its Gérant in "Ma société" (seeds 002 §4.2.1): added, their
 * name, e-mail and mobile changed (ADR 0022), their role changed, removed. Every method
 * takes the acting user ({@link Actor}) and reaches only the members of their own company, in the current canton;
 * anyone else (a Collaborateur, a removed member, a person of another company or canton) is refused.
 * <p>
 * A company is never left without a Gérant: changes of roles and removals lock the company's row,
 * so two Gérants demoting each other at once are served in turn and the second is refused.
 * <p>
 * Adding members and sending invitations again are limited per Gérant and per member (ADR 0016).
 */
@Service
public class Collaborators {

    /** How long the link to set the password stays valid (Keycloak's own default is 12 hours). */
    static final Duration INVITATION_VALIDITY = Duration.ofDays(3);
    static final List<String> INVITATION_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

    private static final Logger log = LoggerFactory.getLogger(Collaborators.class);

    private final Accounts accounts;
    private final Companies companies;
    private final KeycloakUsers users;
    private final UserAndAccount userAndAccount;
    private final CantonCatalog cantons;
    private final PublicUrls urls;
    private final RateLimits limits;
    private final Mailer mailer;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;

    Collaborators(Accounts accounts, Companies companies, KeycloakUsers users,
                  UserAndAccount userAndAccount, CantonCatalog cantons, PublicUrls urls, RateLimits limits,
                  Mailer mailer, TransactionTemplate transaction, AuditTrail audit) {
        this.accounts = accounts;
        this.companies = companies;
        this.users = users;
        this.userAndAccount = userAndAccount;
        this.cantons = cantons;
        this.urls = urls;
        this.limits = limits;
        this.mailer = mailer;
        this.transaction = transaction;
        this.audit = audit;
    }

    /** The Gérant's company (read-only data for "Ma société"). */
    @Transactional(readOnly = true)
    public Company companyOf(Actor actor) {
        return companies.byId(manager(actor).companyId().orElseThrow()).orElseThrow(NotAManagerException::new);
    }

    /** The members still in the company, Gérants first, then by name; a page at a time. */
    @Transactional(readOnly = true)
    public List<Account> members(Actor actor, int offset, int limit) {
        return accounts.activeMembersOf(manager(actor).companyId().orElseThrow(), offset, limit);
    }

    @Transactional(readOnly = true)
    public long countMembers(Actor actor) {
        return accounts.countActiveMembersOf(manager(actor).companyId().orElseThrow());
    }

    /**
     * Adds a member: a Keycloak user without password, with the role's realm role, then the account
     * (with the company's address); if the account cannot be saved, the Keycloak user is deleted
     * again (ADR 0007). Keycloak then e-mails the link to set the password and confirm the address.
     * Past the Gérant's limit: {@link ch.guichetai.limits.TooManyRequestsException}, nothing created.
     */
    public Account add(Actor actor, CollaboratorForm form, Language language) {
        CantonCode canton = TenantContext.current();
        Account manager = manager(actor);
        long companyId = manager.companyId().orElseThrow();
        Company company = companies.byId(companyId).orElseThrow(NotAManagerException::new);

        FieldCheck check = new FieldCheck();
        check.required("role", form.getRole());
        Person person = checked(check, form, company.address(), null);
        limits.take(Limit.INVITATION_PER_MANAGER, canton.value() + ":" + manager.id());

        CompanyRole role = form.getRole();
        Account account;
        try {
            account = userAndAccount.create(canton, new NewUser(person.email(), person.firstName(), person.lastName(),
                            person.mobile(), null, language, Set.of(realmRole(role))),
                    subject -> {
                        manager(actor);
                        Account added = accounts.create(NewAccount.companyMember(subject, person, language, companyId, role), null);
                        audit.record(actor, AuditAction.MEMBER_INVITED, AuditTrail.ACCOUNT, added.id(),
                                summary(added) + ", " + role);
                        return added;
                    });
        } catch (EmailAlreadyRegisteredException e) {
            throw emailTaken(); // in the realm already, or added at the same moment by someone else
        }
        try {
            sendInvitation(canton, account.subject());
        } catch (RuntimeException e) {
            // The member exists; the Gérant can send the link again from the list.
            log.warn("Invitation e-mail for account {} not sent: {}", account.id(), e.getMessage());
        }
        return account;
    }

    /**
     * Changes a member's title, name, e-mail address and mobile number (seeds 002 §4.2.1), checked
     * as when adding (the form's role is not read: it has {@link #changeRole}). Keycloak first (the
     * new address unconfirmed, the login name with it), then the account in one transaction, which
     * queues the mail telling the old address; if the account cannot be saved, Keycloak gets the old
     * values back. Keycloak then mails the new address the link to confirm it (and to set the
     * password, if the member never did). The Gérant's own login data is changed under "Mon compte"
     * (seeds 002 §4.1): {@link OwnAccountException}.
     *
     * @throws InvalidInputException what is wrong, field by field; nothing changed
     * @throws UnknownMemberException no such member (any more) in the Gérant's company
     */
    public Account change(Actor actor, long memberId, CollaboratorForm form) {
        CantonCode canton = TenantContext.current();
        Account manager = manager(actor);
        Account member = member(manager, memberId);
        if (member.id().equals(manager.id())) {
            throw new OwnAccountException();
        }
        Person person = checked(new FieldCheck(), form, member.address(), member.email());
        boolean newEmail = !person.email().equals(member.email());
        if (newEmail) {
            limits.take(Limit.INVITATION_PER_MEMBER, canton.value() + ":" + member.id());
            limits.take(Limit.INVITATION_PER_MANAGER, canton.value() + ":" + manager.id());
        }
        UserProfile profile = new UserProfile(person.firstName(), person.lastName(), person.email(), false, person.mobile());
        UserProfile previous = null; // Keycloak holds no title: unchanged if only the title changes
        if (!profile.equals(new UserProfile(member.firstName(), member.lastName(), member.email(), false, member.mobile()))) {
            try {
                previous = users.change(canton, member.subject(), profile);
            } catch (EmailAlreadyRegisteredException e) {
                throw emailTaken();
            }
        }
        Account changed;
        try {
            changed = transaction.execute(status -> save(actor, memberId, person));
        } catch (RuntimeException e) {
            if (previous != null) {
                users.change(canton, member.subject(), previous);
            }
            if (newEmail && accounts.emailTaken(person.email())) {
                throw emailTaken(); // saved at the same moment by someone else
            }
            throw e;
        }
        if (newEmail) {
            try {
                sendConfirmation(canton, member);
            } catch (RuntimeException e) {
                // The change is made; the Gérant can send the link again from the list.
                log.warn("Confirmation e-mail for account {} not sent: {}", member.id(), e.getMessage());
            }
        }
        return changed;
    }

    /**
     * Sends the e-mail with the link to set the password again (the first one expired or was lost).
     * Past the member's or the Gérant's limit: {@link ch.guichetai.limits.TooManyRequestsException}, no mail.
     */
    @Transactional(readOnly = true)
    public void resendInvitation(Actor actor, long memberId) {
        Account manager = manager(actor);
        Account member = member(manager, memberId);
        CantonCode canton = TenantContext.current();
        limits.take(Limit.INVITATION_PER_MEMBER, canton.value() + ":" + member.id());
        limits.take(Limit.INVITATION_PER_MANAGER, canton.value() + ":" + manager.id());
        sendInvitation(canton, member.subject());
    }

    /** Gives a member another role, in the account and in Keycloak; the last Gérant stays Gérant. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void changeRole(Actor actor, long memberId, CompanyRole role) {
        Account manager = lockCompanyOf(actor);
        Account member = member(manager, memberId);
        CompanyRole current = member.companyRole().orElseThrow();
        if (current == role) {
            return;
        }
        if (current == CompanyRole.MANAGER) {
            refuseIfLastManager(member);
        }
        accounts.changeCompanyRole(manager, member, role);
        audit.record(actor, AuditAction.MEMBER_ROLE_CHANGED, AuditTrail.ACCOUNT, memberId,
                summary(member) + ", " + current + " → " + role);
        CantonCode canton = TenantContext.current();
        users.grant(canton, member.subject(), Set.of(realmRole(role)));
        try {
            users.revoke(canton, member.subject(), Set.of(realmRole(current)));
        } catch (RuntimeException e) {
            users.revoke(canton, member.subject(), Set.of(realmRole(role))); // the account's change is rolled back
            throw e;
        }
    }

    /**
     * Removes a member: their login is disabled and their Keycloak sessions end (the application's
     * session ends at their next request, see SignInPolicy#sessionStillValid); the account row stays,
     * marked removed, so that their past requests remain theirs. The last Gérant cannot be removed.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void remove(Actor actor, long memberId) {
        Account manager = lockCompanyOf(actor);
        Account member = member(manager, memberId);
        if (member.companyRole().orElseThrow() == CompanyRole.MANAGER) {
            refuseIfLastManager(member);
        }
        accounts.removeFromCompany(manager, member);
        audit.record(actor, AuditAction.MEMBER_REMOVED, AuditTrail.ACCOUNT, memberId, summary(member));
        CantonCode canton = TenantContext.current();
        users.logout(canton, member.subject());
        users.disable(canton, member.subject());
    }

    /**
     * The actor's account, re-read from the database, if it is a Gérant still in a company of the
     * current canton; otherwise {@link NotAManagerException}.
     */
    Account manager(Actor actor) {
        return accounts.of(actor)
                .filter(account -> !account.isRemoved() && account.companyId().isPresent()
                        && account.companyRole().orElse(null) == CompanyRole.MANAGER)
                .orElseThrow(NotAManagerException::new);
    }

    /**
     * Locks the acting Gérant's company first (before anything else is read in this transaction),
     * then checks the Gérant; the counts that follow see every change committed before the lock.
     */
    Account lockCompanyOf(Actor actor) {
        long companyId = actor.companyId().orElseThrow(NotAManagerException::new);
        companies.lockForChange(companyId).orElseThrow(NotAManagerException::new);
        Account manager = manager(actor);
        if (manager.companyId().orElseThrow() != companyId) {
            throw new NotAManagerException();
        }
        return manager;
    }

    private Account member(Account manager, long memberId) {
        return accounts.activeMemberOf(manager.companyId().orElseThrow(), memberId)
                .orElseThrow(() -> new UnknownMemberException(memberId));
    }

    /** The member re-read in this transaction (still a member, the actor still their Gérant), changed. */
    private Account save(Actor actor, long memberId, Person person) {
        Account manager = manager(actor);
        Account member = member(manager, memberId);
        Account changed = accounts.changeMember(manager, member, person);
        audit.record(actor, AuditAction.MEMBER_CHANGED, AuditTrail.ACCOUNT, memberId,
                summary(member) + " → " + summary(changed));
        if (!person.email().equals(member.email())) {
            Language language = member.language();
            mailer.queue(member.email(), language, new Mail.EmailChanged(person.email().value(),
                    cantons.require(TenantContext.current()).office().name().in(language)));
        }
        return changed;
    }

    /**
     * The person the form describes, living at {@code address}; the fields' problems, an address
     * already used in the canton included ({@code current}, the member's own, excepted), as an
     * {@link InvalidInputException}.
     */
    private Person checked(FieldCheck check, CollaboratorForm form, PostalAddress address, EmailAddress current) {
        check.required("title", form.getTitle());
        String last = check.name("lastName", form.getLastName());
        String first = check.name("firstName", form.getFirstName());
        EmailAddress email = check.value("email", () -> EmailAddress.of(form.getEmail()));
        PhoneNumber mobile = check.value("mobile", () -> PhoneNumber.mobileOf(form.getMobileCountry(), form.getMobile()));
        if (email != null && !email.equals(current) && accounts.emailTaken(email)) {
            check.problem("email", "invalid.email.taken");
        }
        check.throwIfAny();
        return new Person(form.getTitle(), last, first, address, email, mobile);
    }

    /** The new address is confirmed through Keycloak's link; a member who never signed in sets the password too. */
    private void sendConfirmation(CantonCode canton, Account member) {
        sendLink(canton, member.subject(), member.isEmailVerified() ? List.of("VERIFY_EMAIL") : INVITATION_ACTIONS);
    }

    /** A member as the audit trail names them (ADR 0039). */
    private static String summary(Account member) {
        return member.firstName() + " " + member.lastName() + ", " + member.email().value();
    }

    private void refuseIfLastManager(Account member) {
        if (accounts.countActiveMembersOf(member.companyId().orElseThrow(), CompanyRole.MANAGER) <= 1) {
            throw new LastManagerException();
        }
    }

    private void sendInvitation(CantonCode canton, String subject) {
        sendLink(canton, subject, INVITATION_ACTIONS);
    }

    private void sendLink(CantonCode canton, String subject, List<String> actions) {
        users.sendActionsEmail(canton, subject, actions, urls.home(cantons.require(canton)) + "guichet", INVITATION_VALIDITY);
    }

    private static Role realmRole(CompanyRole role) {
        return role == CompanyRole.MANAGER ? Role.COMPANY_MANAGER : Role.COMPANY_COLLABORATOR;
    }

    private static InvalidInputException emailTaken() {
        return new InvalidInputException("email", new Problem("invalid.email.taken"));
    }

    /** Only a Gérant of the company may manage it; nothing was read or changed. */
    public static class NotAManagerException extends RuntimeException {
        public NotAManagerException() {
            super("only a Gérant of the company may do this");
        }
    }

    /** No member of this id in the acting Gérant's company (another company's member is not told apart). */
    public static class UnknownMemberException extends RuntimeException {
        public UnknownMemberException(long id) {
            super("no member " + id + " in this company");
        }
    }

    /** The Gérant's own login data is changed under "Mon compte", as everyone's; nothing was changed. */
    public static class OwnAccountException extends RuntimeException {
        public OwnAccountException() {
            super("a Gérant changes their own data under Mon compte");
        }
    }

    /** The company would be left without a Gérant; nothing was changed. */
    public static class LastManagerException extends RuntimeException {
        public LastManagerException() {
            super("the last Gérant of a company can be neither removed nor demoted");
        }
    }
}
