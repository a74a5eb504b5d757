package ch.guichetai.keycloak.sms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The state of one SMS code challenge: the code, when it was sent and how many wrong codes were
 * typed. Kept as strings in the authentication session (server side), never sent to the browser.
 */
final class CodeChallenge {

    enum Outcome { ACCEPTED, WRONG, EXPIRED, TOO_MANY_ATTEMPTS }

    static final String CODE = "guichet-sms.code";
    static final String SENT_AT = "guichet-sms.sent-at";
    static final String WRONG_ATTEMPTS = "guichet-sms.wrong-attempts";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SmsSettings settings;
    private final String code;
    private final Instant sentAt;
    private final int wrongAttempts;

    private CodeChallenge(SmsSettings settings, String code, Instant sentAt, int wrongAttempts) {
        this.settings = settings;
        this.code = code;
        this.sentAt = sentAt;
        this.wrongAttempts = wrongAttempts;
    }

    /** A fresh code, sent now. Wrong attempts carry over a resend: a new code is no new chance to guess. */
    static CodeChallenge issue(SmsSettings settings, Instant now, int wrongAttemptsSoFar) {
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        return new CodeChallenge(settings, code, now, wrongAttemptsSoFar);
    }

    /** The challenge kept in the notes, or null if there is none. */
    static CodeChallenge restore(SmsSettings settings, UnaryOperator<String> notes) {
        String code = notes.apply(CODE);
        String sentAt = notes.apply(SENT_AT);
        String wrongAttempts = notes.apply(WRONG_ATTEMPTS);
        if (code == null || sentAt == null) {
            return null;
        }
        return new CodeChallenge(settings, code, Instant.ofEpochMilli(Long.parseLong(sentAt)),
                wrongAttempts == null ? 0 : Integer.parseInt(wrongAttempts));
    }

    Map<String, String> notes() {
        return Map.of(CODE, code, SENT_AT, String.valueOf(sentAt.toEpochMilli()), WRONG_ATTEMPTS,
                String.valueOf(wrongAttempts));
    }

    /** Checks a typed code; the comparison takes the same time whatever the typed code. */
    Outcome check(String typed, Instant now) {
        if (wrongAttempts >= settings.maxWrongAttempts()) {
            return Outcome.TOO_MANY_ATTEMPTS;
        }
        if (!now.isBefore(sentAt.plus(settings.codeValidity()))) {
            return Outcome.EXPIRED;
        }
        String candidate = typed == null ? "" : typed.replaceAll("\\s", "");
        boolean same = MessageDigest.isEqual(code.getBytes(StandardCharsets.US_ASCII),
                candidate.getBytes(StandardCharsets.US_ASCII));
        return same ? Outcome.ACCEPTED : Outcome.WRONG;
    }

    CodeChallenge withWrongAttempt() {
        return new CodeChallenge(settings, code, sentAt, wrongAttempts + 1);
    }

    boolean attemptsExhausted() {
        return wrongAttempts >= settings.maxWrongAttempts();
    }

    int attemptsLeft() {
        return Math.max(0, settings.maxWrongAttempts() - wrongAttempts);
    }

    boolean canResend(Instant now) {
        return !now.isBefore(sentAt.plus(settings.resendAfter()));
    }

    /** Seconds until a new code may be asked for (0 when it may). */
    long secondsUntilResend(Instant now) {
        long millis = Duration.between(now, sentAt.plus(settings.resendAfter())).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    String code() {
        return code;
    }

    int wrongAttempts() {
        return wrongAttempts;
    }

    @Override
    public String toString() {
        return "CodeChallenge[sentAt=" + sentAt + ", wrongAttempts=" + wrongAttempts + "]"; // never the code
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CodeChallenge that && code.equals(that.code) && sentAt.equals(that.sentAt)
                && wrongAttempts == that.wrongAttempts;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, sentAt, wrongAttempts);
    }
}
