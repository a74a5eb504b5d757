package ch.guichetai.account;

import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Role;
import ch.guichetai.identity.Actor;
import ch.guichetai.identity.Actors;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An actor with the account (and company) its login opens in the request's canton; none for office staff. */
@Service
@Transactional(readOnly = true)
class AccountActors implements Actors {

    private final AccountRepository accounts;

    AccountActors(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Actor of(CantonCode canton, String subject, String email, Set<Role> roles) {
        Optional<Account> account = accounts.findBySubject(subject).map(StoredAccount::view);
        return new Actor(canton, subject, email, roles, account.map(Account::id), account.flatMap(Account::companyId));
    }
}
