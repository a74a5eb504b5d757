package ch.guichetai.primitives;

import static ch.guichetai.primitives.InvalidValues.keyOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionNumberTest {

    @Test
    void isFourteenDigitsTypedWithOrWithoutSpacesAndShownGrouped() {
        DecisionNumber number = DecisionNumber.of(" 325 2025 1000896 ");
        assertThat(number.value()).isEqualTo("32520251000896");
        assertThat(number.grouped()).isEqualTo("325 2025 1000896");
        assertThat(number).hasToString("325 2025 1000896").isEqualTo(DecisionNumber.of("32520251000896"));
        assertThat(number.officeCode()).isEqualTo("325");
        assertThat(DecisionNumber.of("302.2024.0000001").officeCode()).isEqualTo("302");
    }

    @Test
    void explainsWhatIsWrong() {
        assertThat(keyOf(() -> DecisionNumber.of(" "))).isEqualTo("invalid.required");
        assertThat(keyOf(() -> DecisionNumber.of("3252025100089"))).isEqualTo(DecisionNumber.FORMAT);
        assertThat(keyOf(() -> DecisionNumber.of("325202510008960"))).isEqualTo(DecisionNumber.FORMAT);
        assertThat(keyOf(() -> DecisionNumber.of("325 2025 100089A"))).isEqualTo(DecisionNumber.FORMAT);
        assertThat(keyOf(() -> DecisionNumber.of("3".repeat(41)))).isEqualTo(DecisionNumber.FORMAT);
    }

    @Test
    void isStoredAsItsDigits() {
        DecisionNumberConverter converter = new DecisionNumberConverter();
        assertThat(converter.convertToDatabaseColumn(DecisionNumber.of("325 2025 1000896"))).isEqualTo("32520251000896");
        assertThat(converter.convertToEntityAttribute("32520251000896")).isEqualTo(DecisionNumber.of("32520251000896"));
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
