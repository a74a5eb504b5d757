package ch.guichetai.identity;

import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Role;
import java.util.Set;

/**
 * Builds the {@link Actor} of a login: what the token says, completed with the account it opens
 * here. Implemented by the account feature, so that the shared UI and security code depend on
 * identity only.
 */
public interface Actors {

    /**
     * @param canton the canton of the login (its realm), not necessarily the one of the request:
     *               the account is looked up in the request's canton only, and services refuse an
     *               actor of another canton
     */
    Actor of(CantonCode canton, String subject, String email, Set<Role> roles);
}
