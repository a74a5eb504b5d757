package ch.guichetai.primitives;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void datesAreDayMonthYearWithPoints() {
        assertThat(Formats.date(LocalDate.of(2026, 3, 7))).isEqualTo("07.03.2026");
    }

    @Test
    void instantsAreShownInSwissTimeSummerAndWinter() {
        assertThat(Formats.dateTime(Instant.parse("2026-01-15T13:05:09Z"))).isEqualTo("15.01.2026 14:05");
        assertThat(Formats.dateTimeWithSeconds(Instant.parse("2026-07-15T13:05:09Z"))).isEqualTo("15.07.2026 15:05:09");
    }

    @Test
    void amountsHaveTheSwissApostropheAndTwoDecimals() {
        assertThat(Formats.chf(Money.chf("1234567.5"))).isEqualTo("CHF 1’234’567.50");
        assertThat(Formats.chf(Money.chf("0.45"))).isEqualTo("CHF 0.45");
        assertThat(Formats.chf(Money.chf("-19"))).isEqualTo("CHF -19.00");
    }

    @Test
    void avsNumbersAreGroupedWithPoints() {
        assertThat(Formats.avs(AvsNumber.of("7561234567897"))).isEqualTo("756.1234.5678.97");
    }
}
