package ch.guichetai.keycloak.sms;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Server-wide settings of the SMS code, from Keycloak's configuration
 * ({@code --spi-authenticator--guichet-sms-code--<option>=…}): see {@link SmsCodeAuthenticatorFactory}.
 */
record SmsSettings(
        Duration codeValidity,
        Duration resendAfter,
        int maxWrongAttempts,
        String gateway,
        Optional<Path> devOutbox,
        Optional<URI> httpUrl,
        Optional<String> httpUsername,
        Optional<String> httpPassword,
        String httpBodyTemplate,
        String httpContentType) {

    static final String DEV_FILE = "dev-file";
    static final String HTTP = "http";

    SmsSettings {
        if (codeValidity.isNegative() || codeValidity.isZero() || resendAfter.isNegative() || maxWrongAttempts < 1) {
            throw new IllegalArgumentException("SMS code settings out of range");
        }
        if (DEV_FILE.equals(gateway) && devOutbox.isEmpty()) {
            throw new IllegalArgumentException("gateway dev-file needs the option dev-outbox (a file path)");
        }
        if (HTTP.equals(gateway) && httpUrl.isEmpty()) {
            throw new IllegalArgumentException("gateway http needs the option http-url");
        }
        if (!DEV_FILE.equals(gateway) && !HTTP.equals(gateway)) {
            throw new IllegalArgumentException("unknown SMS gateway '" + gateway + "' (dev-file or http)");
        }
    }

    boolean development() {
        return DEV_FILE.equals(gateway);
    }
}
