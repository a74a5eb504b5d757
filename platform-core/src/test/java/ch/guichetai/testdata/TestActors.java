package ch.guichetai.testdata;

import ch.guichetai.account.Account;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Role;
import ch.guichetai.identity.Actor;
import java.util.Optional;
import java.util.Set;

/**
 * Actors for service calls in tests, as the application builds them from a login: a saved
 * account's owner with the realm roles their account gives, or office staff (who have no account).
 */
public final class TestActors {

    private TestActors() {
    }

    /** The owner of this saved account, logged in on its canton. */
    public static Actor actor(Account account) {
        Role role = switch (account.kind()) {
            case INDIVIDUAL -> account.isBeneficiary() ? Role.BENEFICIARY : Role.LEGAL_REPRESENTATIVE;
            case COMPANY_MEMBER -> account.companyRole().orElseThrow() == Account.CompanyRole.MANAGER
                    ? Role.COMPANY_MANAGER : Role.COMPANY_COLLABORATOR;
        };
        return new Actor(new CantonCode(account.canton()), account.subject(), account.email().value(), Set.of(role),
                Optional.of(account.id()), account.companyId());
    }

    /** The same person, logged in on another canton's portal (their login opens nothing there). */
    public static Actor actorOfCanton(Account account, String canton) {
        Actor actor = actor(account);
        return new Actor(new CantonCode(canton), actor.subject(), actor.email(), actor.roles(), actor.accountId(),
                actor.companyId());
    }

    /** A Gérant of the company, known by the company's id only, logged in on the canton's portal. */
    public static Actor memberOf(String canton, long companyId) {
        return new Actor(new CantonCode(canton), "member-of-" + companyId, "member@company.test",
                Set.of(Role.COMPANY_MANAGER), Optional.empty(), Optional.of(companyId));
    }

    /** A legal representative, known by the account's id only, logged in on the canton's portal. */
    public static Actor individual(String canton, long accountId) {
        return new Actor(new CantonCode(canton), "person-" + accountId, "person@individual.test",
                Set.of(Role.LEGAL_REPRESENTATIVE), Optional.of(accountId), Optional.empty());
    }

    public static Actor officeAgent(String canton) {
        return office(canton, Role.OFFICE_AGENT);
    }

    public static Actor officeAdmin(String canton) {
        return office(canton, Role.OFFICE_ADMIN);
    }

    private static Actor office(String canton, Role role) {
        return new Actor(new CantonCode(canton), "office-" + role.realmRole() + "-" + canton,
                role.realmRole() + "@" + canton + ".test", Set.of(role), Optional.empty(), Optional.empty());
    }
}
