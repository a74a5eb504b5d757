package ch.guichetai.company;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.audit.AuditAction;
import ch.guichetai.audit.AuditTrail;
import ch.guichetai.canton.Role;
import ch.guichetai.identity.Actor;
import ch.guichetai.identity.KeycloakUsers;
import ch.guichetai.paging.Rows;
import ch.guichetai.primitives.EmailAddress;
import ch.guichetai.primitives.Gln;
import ch.guichetai.primitives.PhoneNumber;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.primitives.UidNumber;
import ch.guichetai.tenant.TenantContext;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Companies of the current canton, and the office's decision on their registration. */
@Service
@Transactional(readOnly = true)
public class Companies {

    private final CompanyRepository companies;
    private final Accounts accounts;
    private final KeycloakUsers users;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    Companies(CompanyRepository companies, Accounts accounts, KeycloakUsers users, ApplicationEventPublisher events,
              AuditTrail audit) {
        this.companies = companies;
        this.accounts = accounts;
        this.users = users;
        this.events = events;
        this.audit = audit;
    }

    public Optional<Company> byId(long id) {
        return companies.findById(id).map(StoredCompany::view);
    }

    public Optional<Company> byGln(Gln gln) {
        return companies.findByGln(gln).map(StoredCompany::view);
    }

    /**
     * The company, locked until the caller's transaction ends: changes to its members (such as
     * "never without a Gérant") are made one at a time.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public Optional<Company> lockForChange(long id) {
        return companies.findForDecision(id).map(StoredCompany::view);
    }

    public boolean glnTaken(Gln gln) {
        return companies.existsByGln(gln);
    }

    /** Saves a new registration, waiting for the office, in the caller's transaction. */
    @Transactional
    public Company register(NewCompany company) {
        return companies.saveAndFlush(new StoredCompany(company)).view();
    }

    /** Registrations waiting for a decision, oldest first, a page at a time; office staff only. */
    public java.util.List<PendingRegistration> pending(Actor actor, int offset, int limit) {
        actor.requireOffice();
        java.util.List<Company> page = companies.findByStatus(Company.Status.PENDING,
                new Rows(offset, limit).pageable(Sort.by("submittedAt", "id"))).map(StoredCompany::view).getContent();
        java.util.Map<Long, Account> managers = accounts.managersOf(page.stream().map(Company::id).toList());
        return page.stream().map(company -> PendingRegistration.of(company, managers.get(company.id()))).toList();
    }

    public long countPending(Actor actor) {
        actor.requireOffice();
        return companies.countByStatus(Company.Status.PENDING);
    }

    /**
     * The registrant becomes the company's Gérant and is told by e-mail, with the link to log in
     * ({@link CompanyDecided}). The row stays locked while Keycloak is changed, so two decisions
     * never cross.
     */
    @Transactional
    public void approve(Actor agent, long companyId) {
        agent.requireOffice();
        StoredCompany row = companies.findForDecision(companyId).orElseThrow(() -> new UnknownCompanyException(companyId));
        row.approve(agent.email());
        Company company = row.view();
        audit.record(agent, AuditAction.COMPANY_APPROVED, AuditTrail.COMPANY, companyId, company.name());
        Account registrant = registrant(company);
        users.grant(TenantContext.current(), registrant.subject(), Set.of(Role.COMPANY_MANAGER));
        events.publishEvent(new CompanyDecided(company.id(), company.name(), registrant.email(), registrant.language(),
                Optional.empty()));
    }

    /** The registrant's login is closed and the reason sent by e-mail ({@link CompanyDecided}). */
    @Transactional
    public void refuse(Actor agent, long companyId, String reason) {
        agent.requireOffice();
        StoredCompany row = companies.findForDecision(companyId).orElseThrow(() -> new UnknownCompanyException(companyId));
        row.refuse(agent.email(), reason);
        Company company = row.view();
        audit.record(agent, AuditAction.COMPANY_REFUSED, AuditTrail.COMPANY, companyId, company.name());
        Account registrant = registrant(company);
        users.disable(TenantContext.current(), registrant.subject());
        events.publishEvent(new CompanyDecided(company.id(), company.name(), registrant.email(), registrant.language(),
                company.refusalReason()));
    }

    // --- issue 12: backoffice ---

    /**
     * The approved companies of the canton whose name contains {@code name} (any case, as the
     * database compares), by name, a page at a time: the office's queue filters by company.
     */
    public java.util.List<Company> approvedNamed(Actor actor, String name, Rows rows) {
        actor.requireOffice();
        return companies.findByStatusAndNameContaining(Company.Status.APPROVED, name == null ? "" : name.strip(),
                rows.pageable(Sort.by("name", "id"))).map(StoredCompany::view).getContent();
    }

    private Account registrant(Company company) {
        return accounts.membersOf(company.id()).stream()
                .filter(member -> member.companyRole().orElse(null) == Account.CompanyRole.MANAGER)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("company " + company.id() + " has no registrant"));
    }

    /**
     * A registration as the office sees it, read for the grid (no entity leaves the service): the
     * company and the person who registered it.
     */
    public record PendingRegistration(CompanySummary company, Registrant registrant) {

        static PendingRegistration of(Company company, Account registrant) {
            return new PendingRegistration(
                    new CompanySummary(company.id(), company.name(), company.gln(), company.uid(), company.address(),
                            company.submittedAt()),
                    new Registrant(registrant.id(), registrant.firstName(), registrant.lastName(), registrant.email(),
                            registrant.mobile()));
        }

        public record CompanySummary(long id, String name, Gln gln, Optional<UidNumber> uid, PostalAddress address,
                                     Instant submittedAt) {
        }

        public record Registrant(long id, String firstName, String lastName, EmailAddress email, PhoneNumber mobile) {
        }
    }

    /** Another agent decided first; nothing was changed. */
    public static class AlreadyDecidedException extends RuntimeException {
        public AlreadyDecidedException(long id, Company.Status status) {
            super("company " + id + " was already " + status);
        }
    }

    /** No company of this id in the current canton. */
    public static class UnknownCompanyException extends RuntimeException {
        public UnknownCompanyException(long id) {
            super("no company " + id + " in this canton");
        }
    }
}
