package ch.guichetai.identity;

import java.time.Instant;
import java.util.Optional;

/**
 * One sign-in to a canton's realm as Keycloak recorded it (kept 90 days): who, when, from where,
 * and why it failed if it did ({@code error}, Keycloak's code such as {@code invalid_user_credentials}).
 */
public record SignIn(Instant at, String email, String ipAddress, Optional<String> error) {

    public boolean succeeded() {
        return error.isEmpty();
    }
}
