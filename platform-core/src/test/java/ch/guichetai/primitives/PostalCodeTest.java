package ch.guichetai.primitives;

import static ch.guichetai.primitives.InvalidValues.keyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PostalCodeTest {

    @Test
    void swissAndLiechtensteinCodesAreFourDigitsFrom1000To9699() {
        assertThat(PostalCode.of("CH", " 1201 ").value()).isEqualTo("1201");
        assertThat(PostalCode.of("ch", "1000").formatted()).isEqualTo("1000");
        assertThat(PostalCode.of("CH", "9699").country()).isEqualTo("CH");
        assertThat(PostalCode.of("LI", "9490").country()).isEqualTo("LI");

        for (String typed : new String[] {"999", "0999", "9700", "12011", "12O1", "CH-1201"}) {
            assertThat(keyOf(() -> PostalCode.of("CH", typed))).as(typed).isEqualTo("invalid.postal-code.format");
        }
        assertThat(keyOf(() -> PostalCode.of("LI", "94900"))).isEqualTo("invalid.postal-code.format");
    }

    @Test
    void otherCountriesNeedOnlyAShortCodeOfLettersDigitsSpacesAndDashes() {
        assertThat(PostalCode.of("FR", "75001").value()).isEqualTo("75001");
        assertThat(PostalCode.of("GB", " sw1a   1aa ").value()).isEqualTo("SW1A 1AA");
        assertThat(PostalCode.of("PL", "00-950").value()).isEqualTo("00-950");
        assertThat(PostalCode.of("DE", "1").value()).isEqualTo("1");

        assertThat(keyOf(() -> PostalCode.of("FR", "75001!"))).isEqualTo("invalid.postal-code.format");
        assertThat(keyOf(() -> PostalCode.of("FR", "12345678901"))).isEqualTo("invalid.postal-code.format");
        assertThat(keyOf(() -> PostalCode.of("DE", "Zürich"))).isEqualTo("invalid.postal-code.format");
    }

    @Test
    void aMissingCodeIsRequiredAndAnUnknownCountryIsAProgrammingError() {
        assertThat(keyOf(() -> PostalCode.of("CH", ""))).isEqualTo("invalid.required");
        assertThat(keyOf(() -> PostalCode.of("FR", null))).isEqualTo("invalid.required");
        assertThatIllegalArgumentException().isThrownBy(() -> PostalCode.of("XX", "1201"))
                .isNotInstanceOf(InvalidValueException.class);
    }

    @Test
    void theSameCodeInAnotherCountryIsAnotherPostalCode() {
        assertThat(PostalCode.of("CH", "1201")).isEqualTo(PostalCode.of("ch", "1201"))
                .hasSameHashCodeAs(PostalCode.of("ch", "1201"))
                .isNotEqualTo(PostalCode.of("FR", "1201"))
                .hasToString("1201");
    }
}
