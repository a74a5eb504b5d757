package ch.guichetai.primitives;

import static ch.guichetai.primitives.InvalidValues.keyOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlnTest {

    @Test
    void theLastDigitIsTheGs1CheckDigit() {
        // 760100123456?: weights 1, 3, 1, 3… from the left
        int sum = 7 * 1 + 6 * 3 + 0 * 1 + 1 * 3 + 0 * 1 + 0 * 3 + 1 * 1 + 2 * 3 + 3 * 1 + 4 * 3 + 5 * 1 + 6 * 3;
        assertThat(sum).isEqualTo(73);
        assertThat((10 - sum % 10) % 10).isEqualTo(7);

        assertThat(Gln.of("7601001234567").value()).isEqualTo("7601001234567");
        assertThat(keyOf(() -> Gln.of("7601001234568"))).isEqualTo("invalid.gln.check-digit");
        assertThat(keyOf(() -> Gln.of("7601001234576"))).isEqualTo("invalid.gln.check-digit");
    }

    @Test
    void ignoresSpacesAndIsShownAsThirteenDigits() {
        // 7601000000002: 7 + 6×3 + 1×3 = 28, so 2
        Gln gln = Gln.of(" 76 01000 00000 2 ");
        assertThat(gln.value()).isEqualTo("7601000000002");
        assertThat(gln.formatted()).isEqualTo("7601000000002");
        assertThat(gln).hasToString("7601000000002").isEqualTo(Gln.of("7601000000002"))
                .hasSameHashCodeAs(Gln.of("7601000000002")).isNotEqualTo(Gln.of("7601001234567"));
    }

    @Test
    void explainsWhatIsWrong() {
        assertThat(keyOf(() -> Gln.of(""))).isEqualTo("invalid.required");
        assertThat(keyOf(() -> Gln.of("760100123456"))).isEqualTo("invalid.gln.format");
        assertThat(keyOf(() -> Gln.of("76010012345670"))).isEqualTo("invalid.gln.format");
        assertThat(keyOf(() -> Gln.of("760100123456A"))).isEqualTo("invalid.gln.format");
        assertThat(keyOf(() -> Gln.of("7601001234560"))).isEqualTo("invalid.gln.check-digit");
    }
}
