package ch.guichetai.registration;

import ch.guichetai.validation.FieldCheck;
import ch.guichetai.validation.Problem;
import java.util.Locale;

/**
 * The realms' password policy (keycloak-realm's template, as OWASP ASVS 2.1 asks: at least 12
 * characters, no composition rules, not the e-mail, not one of the common passwords), checked here
 * first so that the user gets a translated message at the field; Keycloak checks it again, and
 * only Keycloak holds the list of common passwords ({@link #COMMON} is its refusal).
 */
final class PasswordRules {

    static final int MIN_LENGTH = 12;
    /** Keycloak's message key when the password is on its list of common passwords. */
    static final String COMMON = "invalidPasswordBlacklistedMessage";
    static final int MAX_LENGTH = 128;

    private PasswordRules() {
    }

    static void check(FieldCheck check, RegistrationForm form) {
        String password = form.getPassword();
        String email = form.getEmail();
        if (password == null || password.isEmpty()) {
            check.problem("password", "invalid.required");
            return;
        }
        int length = password.codePointCount(0, password.length());
        check.require(length >= MIN_LENGTH && length <= MAX_LENGTH, "password", "invalid.password.policy", MIN_LENGTH);
        check.require(email == null || !password.toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT)),
                "password", "invalid.password.is-email");
        check.require(password.equals(form.getPasswordConfirmation()), "passwordConfirmation", "invalid.password.confirmation");
    }

    /** The field problem for a password Keycloak refused although it passed {@link #check}. */
    static Problem refusedByKeycloak(String reason) {
        return reason != null && reason.contains(COMMON) ? new Problem("invalid.password.common")
                : new Problem("invalid.password.policy", MIN_LENGTH);
    }
}
