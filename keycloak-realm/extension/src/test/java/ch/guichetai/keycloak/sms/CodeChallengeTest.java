package ch.guichetai.keycloak.sms;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.keycloak.sms.CodeChallenge.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of the code, with the production settings: 6 digits, 5 minutes, resend after 60 s, 5 wrong codes. */
class CodeChallengeTest {

    private static final SmsSettings PRODUCTION = new SmsSettings(Duration.ofMinutes(5), Duration.ofSeconds(60), 5,
            SmsSettings.HTTP, Optional.empty(), Optional.of(java.net.URI.create("https://sms.example")), Optional.empty(),
            Optional.empty(), "{}", "application/json");
    private static final Instant SENT = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theCodeHasSixDigitsAndIsFreshEachTime() {
        CodeChallenge first = CodeChallenge.issue(PRODUCTION, SENT, 0);
        CodeChallenge second = CodeChallenge.issue(PRODUCTION, SENT, 0);

        assertThat(first.code()).matches("\\d{6}");
        assertThat(first.toString()).doesNotContain(first.code());
        assertThat(java.util.stream.IntStream.range(0, 20).mapToObj(i -> CodeChallenge.issue(PRODUCTION, SENT, 0).code())
                .distinct().count()).as("codes are random").isGreaterThan(15);
        assertThat(second).isNotNull();
    }

    @Test
    void theRightCodeIsAcceptedForFiveMinutesOnly() {
        CodeChallenge challenge = CodeChallenge.issue(PRODUCTION, SENT, 0);

        assertThat(challenge.check(challenge.code(), SENT.plusSeconds(299))).isEqualTo(Outcome.ACCEPTED);
        assertThat(challenge.check(" " + challenge.code().substring(0, 3) + " " + challenge.code().substring(3),
                SENT.plusSeconds(10))).as("spaces typed in the code are ignored").isEqualTo(Outcome.ACCEPTED);
        assertThat(challenge.check(challenge.code(), SENT.plusSeconds(300))).isEqualTo(Outcome.EXPIRED);
    }

    @Test
    void aWrongCodeIsWrongAndTheFifthEndsTheChallenge() {
        CodeChallenge challenge = CodeChallenge.issue(PRODUCTION, SENT, 0);
        String wrong = challenge.code().equals("000000") ? "111111" : "000000";

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(challenge.check(wrong, SENT.plusSeconds(attempt))).isEqualTo(Outcome.WRONG);
            challenge = challenge.withWrongAttempt();
            assertThat(challenge.attemptsLeft()).isEqualTo(5 - attempt);
        }
        assertThat(challenge.attemptsExhausted()).isTrue();
        assertThat(challenge.check(challenge.code(), SENT.plusSeconds(6))).isEqualTo(Outcome.TOO_MANY_ATTEMPTS);
        assertThat(challenge.check(null, SENT.plusSeconds(6))).isEqualTo(Outcome.TOO_MANY_ATTEMPTS);
    }

    @Test
    void aNewCodeMayBeAskedForAfterSixtySecondsAndKeepsTheWrongAttempts() {
        CodeChallenge challenge = CodeChallenge.issue(PRODUCTION, SENT, 0).withWrongAttempt().withWrongAttempt();

        assertThat(challenge.canResend(SENT.plusSeconds(59))).isFalse();
        assertThat(challenge.secondsUntilResend(SENT)).isEqualTo(60);
        assertThat(challenge.secondsUntilResend(SENT.plusMillis(59_001))).isEqualTo(1);
        assertThat(challenge.canResend(SENT.plusSeconds(60))).isTrue();
        assertThat(challenge.secondsUntilResend(SENT.plusSeconds(61))).isZero();

        CodeChallenge resent = CodeChallenge.issue(PRODUCTION, SENT.plusSeconds(60), challenge.wrongAttempts());
        assertThat(resent.attemptsLeft()).isEqualTo(3);
    }

    @Test
    void survivesTheTripThroughTheSessionNotes() {
        CodeChallenge challenge = CodeChallenge.issue(PRODUCTION, SENT, 0).withWrongAttempt();
        Map<String, String> notes = new HashMap<>(challenge.notes());

        assertThat(CodeChallenge.restore(PRODUCTION, notes::get)).isEqualTo(challenge);
        assertThat(CodeChallenge.restore(PRODUCTION, name -> null)).isNull();
    }

    @Test
    void theMobileNumberIsMaskedOnThePage() {
        assertThat(SmsCodeAuthenticator.mask("+41791234567")).isEqualTo("+41 ••• ••• •• 67");
        assertThat(SmsCodeAuthenticator.mask(null)).isEmpty();
    }
}
