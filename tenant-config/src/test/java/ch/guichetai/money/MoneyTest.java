package ch.guichetai.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsTwoDecimals() {
        assertThat(Money.chf("19").amount()).isEqualByComparingTo("19.00");
        assertThat(Money.chf("19").toString()).isEqualTo("CHF 19.00");
        assertThat(Money.chf("19.5")).isEqualTo(Money.chf("19.50"));
    }

    @Test
    void refusesMoreThanTwoDecimalsAndNonNumbers() {
        assertThatThrownBy(() -> Money.chf("0.455")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.chf("1e3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(new BigDecimal("1.001"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void multipliesAndAddsToTheCentime() {
        assertThat(Money.chf("0.45").times(new BigDecimal("123"))).isEqualTo(Money.chf("55.35"));
        assertThat(Money.chf("11.50").times(new BigDecimal("5")).plus(Money.chf("102.00"))).isEqualTo(Money.chf("159.50"));
        assertThat(Money.chf("34.30").times(new BigDecimal("1.25"))).isEqualTo(Money.chf("42.88"));
    }
}
