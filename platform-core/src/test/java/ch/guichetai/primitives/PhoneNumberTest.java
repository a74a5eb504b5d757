package ch.guichetai.primitives;

import static ch.guichetai.primitives.InvalidValues.keyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void readsSwissNumbersHoweverTheyAreTyped() {
        for (String typed : new String[] {"079 123 45 67", "0791234567", "079/123.45.67", "+41 79 123 45 67",
                "+41 (0)79 123 45 67", "0041 79 123 45 67", "+41791234567"}) {
            PhoneNumber number = PhoneNumber.of(typed);
            assertThat(number.value()).as(typed).isEqualTo("+41791234567");
            assertThat(number.formatted()).as(typed).isEqualTo("+41 79 123 45 67");
        }
    }

    @Test
    void readsForeignNumbersByTheirPrefix() {
        PhoneNumber french = PhoneNumber.of("+33 6 12 34 56 78");
        assertThat(french.value()).isEqualTo("+33612345678");
        assertThat(french.formatted()).isEqualTo("+33 6 12 34 56 78");
        assertThat(PhoneNumber.of("0033 6 12 34 56 78")).isEqualTo(french);
    }

    @Test
    void aNationalNumberBelongsToTheChosenCountry() {
        assertThat(PhoneNumber.of("FR", "06 12 34 56 78").value()).isEqualTo("+33612345678");
        assertThat(PhoneNumber.of("fr", "+41 79 123 45 67").value()).isEqualTo("+41791234567");
        // without a country, the same digits are a Basel landline
        assertThat(PhoneNumber.of("06 12 34 56 78").value()).isEqualTo("+41612345678");
    }

    @Test
    void aMobileNumberIsRequiredForTextMessages() {
        assertThat(PhoneNumber.mobileOf("079 123 45 67").value()).isEqualTo("+41791234567");
        assertThat(PhoneNumber.mobileOf("FR", "06 12 34 56 78").value()).isEqualTo("+33612345678");
        // North American numbers do not tell mobiles from landlines
        assertThat(PhoneNumber.mobileOf("+1 650 253 0000").value()).isEqualTo("+16502530000");

        String genevaLandline = "022 310 11 11";
        assertThat(PhoneNumber.of(genevaLandline).formatted()).isEqualTo("+41 22 310 11 11");
        assertThat(keyOf(() -> PhoneNumber.mobileOf(genevaLandline))).isEqualTo("invalid.phone.not-mobile");
        assertThat(keyOf(() -> PhoneNumber.mobileOf("0800 800 800"))).isEqualTo("invalid.phone.not-mobile");
    }

    @Test
    void explainsWhatIsWrong() {
        assertThat(keyOf(() -> PhoneNumber.of(" "))).isEqualTo("invalid.required");
        assertThat(keyOf(() -> PhoneNumber.mobileOf(null))).isEqualTo("invalid.required");
        assertThat(keyOf(() -> PhoneNumber.of("079 123 45 6"))).isEqualTo("invalid.phone.format");
        assertThat(keyOf(() -> PhoneNumber.of("079 123 45 67 8"))).isEqualTo("invalid.phone.format");
        assertThat(keyOf(() -> PhoneNumber.of("12"))).isEqualTo("invalid.phone.format");
        assertThat(keyOf(() -> PhoneNumber.of("abc"))).isEqualTo("invalid.phone.format");
        assertThat(keyOf(() -> PhoneNumber.of("0800 FLOWERS"))).isEqualTo("invalid.phone.format");
        assertThat(keyOf(() -> PhoneNumber.of("079 123 45 67 ext. 3"))).isEqualTo("invalid.phone.format");
        assertThat(keyOf(() -> PhoneNumber.of("0".repeat(40)))).isEqualTo("invalid.phone.format");
    }

    @Test
    void anUnknownCountryIsAProgrammingError() {
        assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.of("XX", "079 123 45 67"))
                .isNotInstanceOf(InvalidValueException.class);
        assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.of(null, "079 123 45 67"))
                .isNotInstanceOf(InvalidValueException.class);
    }

    @Test
    void twoSpellingsOfTheSameNumberAreEqual() {
        assertThat(PhoneNumber.of("079 123 45 67")).isEqualTo(PhoneNumber.of("+41791234567"))
                .hasSameHashCodeAs(PhoneNumber.of("+41791234567"))
                .isNotEqualTo(PhoneNumber.of("022 310 11 11"))
                .hasToString("+41 79 123 45 67");
    }
}
