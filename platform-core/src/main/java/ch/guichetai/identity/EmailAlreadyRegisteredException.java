package ch.guichetai.identity;

/** The realm already has a user with this e-mail. */
public class EmailAlreadyRegisteredException extends RuntimeException {

    public EmailAlreadyRegisteredException(String email) {
        super("e-mail already registered: " + email);
    }
}
