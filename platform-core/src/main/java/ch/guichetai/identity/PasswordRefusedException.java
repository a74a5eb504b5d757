package ch.guichetai.identity;

/** The realm's password policy refused the password (Keycloak's error text, in English, for the log). */
public class PasswordRefusedException extends RuntimeException {

    public PasswordRefusedException(String reason) {
        super(reason);
    }
}
