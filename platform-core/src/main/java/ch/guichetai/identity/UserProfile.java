package ch.guichetai.identity;

import ch.guichetai.primitives.EmailAddress;
import ch.guichetai.primitives.PhoneNumber;
import java.util.Objects;

/**
 * What a realm's user shows of a person: the name, the e-mail address (also the login name) and
 * whether it was confirmed, and the mobile number the SMS code of every login goes to.
 */
public record UserProfile(String firstName, String lastName, EmailAddress email, boolean emailVerified,
                          PhoneNumber mobile) {

    public UserProfile {
        Objects.requireNonNull(firstName);
        Objects.requireNonNull(lastName);
        Objects.requireNonNull(email);
        Objects.requireNonNull(mobile);
    }
}
