package ch.guichetai.account;

import ch.guichetai.canton.CantonCode;
import ch.guichetai.identity.EmailAlreadyRegisteredException;
import ch.guichetai.identity.KeycloakUsers;
import ch.guichetai.identity.NewUser;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a person gets a login and an account (ADR 0007): the Keycloak user first, then the
 * account in its own transaction; if the account cannot be saved, the user is deleted again, so
 * that nobody is left with a login that opens nothing.
 */
@Service
public class UserAndAccount {

    private final KeycloakUsers users;
    private final Accounts accounts;
    private final TransactionTemplate transaction;

    UserAndAccount(KeycloakUsers users, Accounts accounts, TransactionTemplate transaction) {
        this.users = users;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    /**
     * @param saveAccount saves the account of the new user (given Keycloak's id of the user), in a
     *                    transaction of its own
     * @throws EmailAlreadyRegisteredException when the realm already has a user with this address,
     *         or an account with it was saved here at the same moment; nothing is left behind
     * @throws ch.guichetai.identity.PasswordRefusedException when Keycloak refuses the password;
     *         nothing was created
     */
    public Account create(CantonCode canton, NewUser user, Function<String, Account> saveAccount) {
        String subject = users.create(canton, user);
        try {
            return transaction.execute(status -> saveAccount.apply(subject));
        } catch (RuntimeException e) {
            users.delete(canton, subject);
            if (accounts.emailTaken(user.email())) {
                throw new EmailAlreadyRegisteredException(user.email().value()); // saved at the same moment
            }
            throw e;
        }
    }
}
