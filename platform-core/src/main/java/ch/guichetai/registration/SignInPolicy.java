package ch.guichetai.registration;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.canton.Role;
import ch.guichetai.company.Companies;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may enter the portal of the current canton after Keycloak has checked the password and the
 * SMS code: office staff, and people with an account here whose company (if any) the office approved.
 */
@Service
@Transactional(readOnly = true)
public class SignInPolicy {

    public enum Decision { ALLOWED, NO_ACCOUNT, COMPANY_PENDING, COMPANY_REFUSED, ACCOUNT_REMOVED }

    private final Accounts accounts;
    private final Companies companies;

    SignInPolicy(Accounts accounts, Companies companies) {
        this.accounts = accounts;
        this.companies = companies;
    }

    public Decision decide(String subject, Set<Role> roles) {
        if (roles.stream().anyMatch(Role::isOffice)) {
            return Decision.ALLOWED;
        }
        Optional<Account> account = accounts.bySubject(subject);
        if (account.isEmpty()) {
            return Decision.NO_ACCOUNT;
        }
        return decide(account.get());
    }

    private Decision decide(Account account) {
        if (account.isRemoved()) {
            return Decision.ACCOUNT_REMOVED;
        }
        return account.companyId()
                .flatMap(companies::byId)
                .map(company -> switch (company.status()) {
                    case APPROVED -> Decision.ALLOWED;
                    case PENDING -> Decision.COMPANY_PENDING;
                    case REFUSED -> Decision.COMPANY_REFUSED;
                })
                .orElse(account.companyId().isPresent() ? Decision.NO_ACCOUNT : Decision.ALLOWED);
    }

    /**
     * Whether a session opened with these roles may go on; asked at every request, so that a member
     * the Gérant removed, or whose role the Gérant changed, is out at once (they log in again with
     * their new role, or not at all).
     */
    public boolean sessionStillValid(String subject, Set<Role> roles) {
        if (roles.stream().anyMatch(Role::isOffice)) {
            return true;
        }
        Optional<Account> account = accounts.bySubject(subject);
        if (account.isEmpty() || decide(account.get()) != Decision.ALLOWED) {
            return false;
        }
        return account.get().companyRole()
                .map(role -> role == Account.CompanyRole.MANAGER
                        ? roles.contains(Role.COMPANY_MANAGER) && !roles.contains(Role.COMPANY_COLLABORATOR)
                        : roles.contains(Role.COMPANY_COLLABORATOR) && !roles.contains(Role.COMPANY_MANAGER))
                .orElse(true);
    }

}
