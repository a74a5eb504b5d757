package ch.guichetai.primitives;

import static ch.guichetai.primitives.InvalidValues.keyOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QrReferenceTest {

    /** The example of the Swiss Implementation Guidelines for the QR-bill. */
    private static final String SIX_EXAMPLE = "21 00000 00003 13947 14300 09017";

    @Test
    void readsTheReferenceWithOrWithoutSpaces() {
        for (String typed : new String[] {SIX_EXAMPLE, "210000000003139471430009017", " 210000000003139471430009017 "}) {
            QrReference reference = QrReference.of(typed);
            assertThat(reference.value()).as(typed).isEqualTo("210000000003139471430009017");
            assertThat(reference.formatted()).as(typed).isEqualTo(SIX_EXAMPLE);
        }
    }

    @Test
    void theLastDigitIsTheRecursiveModulo10OfTheOthers() {
        assertThat(QrReference.checkDigit("21000000000313947143000901")).isEqualTo(7);
        assertThat(QrReference.checkDigit("00000000000000000000000000")).isZero();
        assertThat(QrReference.of("000000000000000000000000000").value()).hasSize(27);
        assertThat(keyOf(() -> QrReference.of("210000000003139471430009018"))).isEqualTo("invalid.qr-reference.check-digit");
        // two neighbouring digits swapped
        assertThat(keyOf(() -> QrReference.of("120000000003139471430009017"))).isEqualTo("invalid.qr-reference.check-digit");
    }

    @Test
    void explainsWhatIsWrong() {
        assertThat(keyOf(() -> QrReference.of(""))).isEqualTo("invalid.required");
        assertThat(keyOf(() -> QrReference.of(null))).isEqualTo("invalid.required");
        assertThat(keyOf(() -> QrReference.of("21000000000313947143000901"))).isEqualTo("invalid.qr-reference.format");
        assertThat(keyOf(() -> QrReference.of("2100000000031394714300090170"))).isEqualTo("invalid.qr-reference.format");
        assertThat(keyOf(() -> QrReference.of("RF18539007547034"))).isEqualTo("invalid.qr-reference.format");
        assertThat(keyOf(() -> QrReference.of("1".repeat(61)))).isEqualTo("invalid.qr-reference.format");
    }
}
