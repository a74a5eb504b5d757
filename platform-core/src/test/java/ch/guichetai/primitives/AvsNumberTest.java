package ch.guichetai.primitives;

import static ch.guichetai.primitives.InvalidValues.keyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class AvsNumberTest {

    @Test
    void readsTheNumberHoweverItIsTyped() {
        for (String typed : new String[] {"756.1234.5678.97", "756 1234 5678 97", " 7561234567897 ", "756-1234-5678-97",
                "756.1234.5678.97\u00A0", "756\u00A01234\u00A05678\u00A097"}) {
            AvsNumber number = AvsNumber.of(typed);
            assertThat(number.value()).as(typed).isEqualTo("7561234567897");
            assertThat(number.formatted()).as(typed).isEqualTo("756.1234.5678.97");
        }
    }

    @Test
    void theLastDigitIsTheEan13CheckDigit() {
        // 756.9217.0769.8?: digits weighted 1, 3, 1, 3… from the left
        int sum = 7 * 1 + 5 * 3 + 6 * 1 + 9 * 3 + 2 * 1 + 1 * 3 + 7 * 1 + 0 * 3 + 7 * 1 + 6 * 3 + 9 * 1 + 8 * 3;
        assertThat(sum).isEqualTo(125);
        int checkDigit = (10 - sum % 10) % 10;
        assertThat(checkDigit).isEqualTo(5);

        assertThat(AvsNumber.of("756.9217.0769.85").formatted()).isEqualTo("756.9217.0769.85");
        for (int wrong = 0; wrong <= 9; wrong++) {
            if (wrong != checkDigit) {
                String typed = "756.9217.0769.8" + wrong;
                assertThat(keyOf(() -> AvsNumber.of(typed))).as(typed).isEqualTo("invalid.avs.check-digit");
            }
        }
    }

    @Test
    void aSumThatIsAMultipleOfTenGivesTheCheckDigitZero() {
        // 756.0000.0000.0?: 7 + 5×3 + 6 = 28, so 2
        assertThat(AvsNumber.of("756.0000.0000.02").value()).isEqualTo("7560000000002");
        // 756.0000.0000.4?: 28 + 4×3 = 40, so 0
        assertThat(AvsNumber.of("756.0000.0000.40").value()).isEqualTo("7560000000040");
    }

    @Test
    void swappedNeighbouringDigitsAreCaught() {
        assertThat(keyOf(() -> AvsNumber.of("756.2917.0769.85"))).isEqualTo("invalid.avs.check-digit");
    }

    @Test
    void explainsWhatIsWrong() {
        assertThat(keyOf(() -> AvsNumber.of(null))).isEqualTo("invalid.required");
        assertThat(keyOf(() -> AvsNumber.of("  "))).isEqualTo("invalid.required");
        assertThat(keyOf(() -> AvsNumber.of("756.1234.5678.9"))).isEqualTo("invalid.avs.format");
        assertThat(keyOf(() -> AvsNumber.of("756.1234.5678.977"))).isEqualTo("invalid.avs.format");
        assertThat(keyOf(() -> AvsNumber.of("756.1234.5678.9O"))).isEqualTo("invalid.avs.format");
        assertThat(keyOf(() -> AvsNumber.of("756/1234/5678/97"))).isEqualTo("invalid.avs.format");
        assertThat(keyOf(() -> AvsNumber.of("7".repeat(1000)))).isEqualTo("invalid.avs.format");
        assertThat(keyOf(() -> AvsNumber.of("123.4567.8901.28"))).isEqualTo("invalid.avs.prefix");
        assertThat(keyOf(() -> AvsNumber.of("756.1234.5678.98"))).isEqualTo("invalid.avs.check-digit");
    }

    @Test
    void neverRepeatsTheNumberInTheErrorMessage() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> AvsNumber.of("756.1234.5678.98"))
                .withMessage("invalid.avs.check-digit")
                .satisfies(error -> assertThat(error.arguments()).isEmpty());
    }

    @Test
    void twoSpellingsOfTheSameNumberAreEqual() {
        assertThat(AvsNumber.of("756.1234.5678.97")).isEqualTo(AvsNumber.of("7561234567897"))
                .hasSameHashCodeAs(AvsNumber.of("7561234567897"))
                .isNotEqualTo(AvsNumber.of("756.9217.0769.85"))
                .hasToString("756.1234.5678.97");
    }
}
