package ch.guichetai.identity;

import ch.guichetai.canton.Language;
import ch.guichetai.canton.Role;
import ch.guichetai.primitives.EmailAddress;
import ch.guichetai.primitives.PhoneNumber;
import java.util.Set;

/** A person to create in the canton's realm; the e-mail is the login name; without password (null) the user sets it by e-mail. */
public record NewUser(EmailAddress email, String firstName, String lastName, PhoneNumber mobile, String password,
                      Language language, Set<Role> roles) {

    public NewUser {
        roles = Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return "NewUser[" + email + ", roles=" + roles + "]"; // never the password
    }
}
