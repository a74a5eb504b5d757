package ch.guichetai.registration;

import java.util.Locale;

/**
 * The realms' password policy (keycloak-realm's template: at least 10 characters, an upper-case
 * letter, a lower-case letter and a digit, not the e-mail), checked here first so that the user
 * gets a translated message at the field; Keycloak checks it again.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 10;
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
        boolean strong = password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH
                && password.chars().anyMatch(Character::isUpperCase)
                && password.chars().anyMatch(Character::isLowerCase)
                && password.chars().anyMatch(Character::isDigit);
        check.require(strong, "password", "invalid.password.policy", MIN_LENGTH);
        check.require(email == null || !password.toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT)),
                "password", "invalid.password.is-email");
        check.require(password.equals(form.getPasswordConfirmation()), "passwordConfirmation", "invalid.password.confirmation");
    }
}
