package ch.guichetai.account;

import ch.guichetai.account.Account.BeneficiaryIdentity;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.identity.Actor;
import ch.guichetai.identity.KeycloakUsers;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.validation.FieldCheck;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * "Mes informations" of an individual (seeds 000 §4.1.2, 004): title, name, address, and for a
 * beneficiary the AVS number, the date of birth and whether they are a minor or under
 * guardianship. Only the logged-in person's own account is reached. A new name is
 * written to Keycloak too, as registration wrote it there; if the account then cannot be saved,
 * Keycloak gets the old name back.
 */
@Service
public class PersonalInformation {

    private final Accounts accounts;
    private final KeycloakUsers users;

    PersonalInformation(Accounts accounts, KeycloakUsers users) {
        this.accounts = accounts;
        this.users = users;
    }

    /**
     * @param actor the logged-in person: only their own account is reached
     * @throws ch.guichetai.validation.InvalidInputException what is wrong, field by field (property
     *         names of {@link PersonalInformationForm}); nothing is saved
     * @throws org.springframework.dao.OptimisticLockingFailureException the account changed since the form was filled
     */
    public Account update(Actor actor, PersonalInformationForm form) {
        Account current = accounts.own(actor);
        String subject = current.subject();
        FieldCheck check = new FieldCheck();
        check.required("title", form.getTitle());
        String last = check.name("lastName", form.getLastName());
        String first = check.name("firstName", form.getFirstName());
        PostalAddress address = check.address("", form.getStreet(), form.getPostalCode(), form.getLocality(),
                form.getCountry());
        Optional<BeneficiaryIdentity> beneficiary = current.isBeneficiary()
                ? BeneficiaryIdentity.checked(check, form.getBirthDate(), form.getAvsNumber(), form.isMinorOrUnderGuardianship())
                : Optional.empty();
        check.throwIfAny();

        Account.Information information = new Account.Information(form.getTitle(), last, first, address, beneficiary);
        CantonCode canton = TenantContext.current();
        boolean newName = !last.equals(current.lastName()) || !first.equals(current.firstName());
        if (newName) {
            users.changeName(canton, subject, first, last);
        }
        try {
            return accounts.changeInformation(actor, form.getVersion(), information);
        } catch (RuntimeException e) {
            if (newName) {
                users.changeName(canton, subject, current.firstName(), current.lastName());
            }
            throw e;
        }
    }
}
