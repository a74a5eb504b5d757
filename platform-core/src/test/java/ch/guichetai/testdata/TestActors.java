package ch.guichetai.testdata;

import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Role;
import ch.guichetai.identity.Actor;
import java.util.Optional;
import java.util.Set;

/** Actors as a login on a canton's realm would give them, for the services' access tests. */
public final class TestActors {

    private TestActors() {
    }

    /** An office agent logged in on the canton's realm (no account). */
    public static Actor officeAgent(CantonCode canton) {
        return new Actor(canton, "agent-" + canton, "agent@" + canton + ".test", Set.of(Role.OFFICE_AGENT),
                Optional.empty(), Optional.empty());
    }

    /** A Gérant of the company logged in on the canton's realm; only the company matters here. */
    public static Actor memberOf(CantonCode canton, long companyId) {
        return new Actor(canton, "member-of-" + companyId, "member@company.test", Set.of(Role.COMPANY_MANAGER),
                Optional.empty(), Optional.of(companyId));
    }

    /** An individual (a legal representative) with this account, logged in on the canton's realm. */
    public static Actor individual(CantonCode canton, long accountId) {
        return new Actor(canton, "person-" + accountId, "person@individual.test", Set.of(Role.LEGAL_REPRESENTATIVE),
                Optional.of(accountId), Optional.empty());
    }
}
