package ch.guichetai.keycloak.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendAllowanceTest {

    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");
    private static final SendLog.Limits LIMITS = new SendLog.Limits(4, QUARTER, 12);

    @Test
    void fourSmsPerQuarterHourThenWaitUntilTheOldestLeavesTheWindow() {
        SendAllowance allowance = SendAllowance.restore(LIMITS, null, NOON);
        for (int i = 0; i < 4; i++) {
            assertThat(allowance.allows(NOON.plusSeconds(i))).isTrue();
            allowance = allowance.withSent(NOON.plusSeconds(i));
        }

        assertThat(allowance.allows(NOON.plusSeconds(5))).isFalse();
        assertThat(allowance.waitBeforeNext(NOON.plusSeconds(5))).isEqualTo(QUARTER.minusSeconds(5));
        assertThat(allowance.allows(NOON.plus(QUARTER).plusMillis(1))).isTrue();
    }

    @Test
    void twelvePerDayEvenWhenSpreadOverQuarters() {
        SendAllowance allowance = SendAllowance.restore(LIMITS, null, NOON);
        Instant at = NOON;
        for (int i = 0; i < 12; i++) {
            assertThat(allowance.allows(at)).as("SMS %d", i + 1).isTrue();
            allowance = allowance.withSent(at);
            at = at.plus(Duration.ofMinutes(20));
        }

        assertThat(allowance.allows(at)).isFalse();
        assertThat(allowance.waitBeforeNext(at)).isEqualTo(Duration.between(at, NOON.plus(Duration.ofDays(1))));
        assertThat(SendAllowance.minutesUpward(allowance.waitBeforeNext(at))).isEqualTo(24 * 60 - 12 * 20);
    }

    @Test
    void survivesBeingKeptAsTextAndForgetsWhatIsOlderThanADay() {
        SendAllowance allowance = SendAllowance.restore(LIMITS, null, NOON)
                .withSent(NOON.minus(Duration.ofHours(25))).withSent(NOON.minusSeconds(60)).withSent(NOON.minusSeconds(30));

        SendAllowance restored = SendAllowance.restore(LIMITS, allowance.keep(), NOON);

        assertThat(restored.keep()).isEqualTo(NOON.minusSeconds(60).toEpochMilli() + "," + NOON.minusSeconds(30).toEpochMilli());
        assertThat(restored.withSent(NOON).withSent(NOON).allows(NOON)).isFalse();
    }

    @Test
    void minutesAreRoundedUpAndNeverZero() {
        assertThat(SendAllowance.minutesUpward(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(SendAllowance.minutesUpward(Duration.ofSeconds(61))).isEqualTo(2);
    }

    @Test
    void limitsMustMakeSense() {
        assertThatThrownBy(() -> new SendLog.Limits(0, QUARTER, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SendLog.Limits(5, QUARTER, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SendLog.Limits(4, Duration.ofDays(2), 12)).isInstanceOf(IllegalArgumentException.class);
    }
}
