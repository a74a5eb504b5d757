package ch.guichetai.primitives;

import static ch.guichetai.primitives.InvalidValues.keyOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UidNumberTest {

    @Test
    void theNinthDigitIsAModulo11CheckDigit() {
        // CHE-109.322.55?: weights 5, 4, 3, 2, 7, 6, 5, 4
        int sum = 5 * 1 + 4 * 0 + 3 * 9 + 2 * 3 + 7 * 2 + 6 * 2 + 5 * 5 + 4 * 5;
        assertThat(sum).isEqualTo(109);
        assertThat(11 - sum % 11).isEqualTo(1);

        assertThat(UidNumber.of("CHE-109.322.551").formatted()).isEqualTo("CHE-109.322.551");
        for (int wrong = 0; wrong <= 9; wrong++) {
            if (wrong != 1) {
                String typed = "CHE-109.322.55" + wrong;
                assertThat(keyOf(() -> UidNumber.of(typed))).as(typed).isEqualTo("invalid.uid.check-digit");
            }
        }
    }

    @Test
    void aRemainderOfZeroGivesTheCheckDigitZero() {
        // CHE-116.281.71?: 5×1 + 4×1 + 3×6 + 2×2 + 7×8 + 6×1 + 5×7 + 4×1 = 132 = 12 × 11, so 11, written 0
        assertThat(5 * 1 + 4 * 1 + 3 * 6 + 2 * 2 + 7 * 8 + 6 * 1 + 5 * 7 + 4 * 1).isEqualTo(132);
        assertThat(UidNumber.of("CHE-116.281.710").value()).isEqualTo("CHE116281710");
    }

    @Test
    void numbersWhoseCheckDigitWouldBeTenDoNotExist() {
        // CHE-000.600.00?: 2×6 = 12, 12 mod 11 = 1, 11 − 1 = 10: no digit fits
        for (int last = 0; last <= 9; last++) {
            String typed = "CHE-000.600.00" + last;
            assertThat(keyOf(() -> UidNumber.of(typed))).as(typed).isEqualTo("invalid.uid.check-digit");
        }
    }

    @Test
    void readsTheNumberHoweverItIsTypedAndDropsTheVatSuffix() {
        for (String typed : new String[] {"CHE-109.322.551", "CHE109322551", "che-109.322.551", "CHE 109 322 551",
                " CHE-109.322.551 MWST", "CHE-109.322.551 TVA", "CHE-109.322.551 iva"}) {
            UidNumber uid = UidNumber.of(typed);
            assertThat(uid.value()).as(typed).isEqualTo("CHE109322551");
            assertThat(uid.formatted()).as(typed).isEqualTo("CHE-109.322.551");
        }
    }

    @Test
    void explainsWhatIsWrong() {
        assertThat(keyOf(() -> UidNumber.of(null))).isEqualTo("invalid.required");
        assertThat(keyOf(() -> UidNumber.of("109.322.551"))).isEqualTo("invalid.uid.format");
        assertThat(keyOf(() -> UidNumber.of("ADM-109.322.551"))).isEqualTo("invalid.uid.format");
        assertThat(keyOf(() -> UidNumber.of("CHE-109.322.55"))).isEqualTo("invalid.uid.format");
        assertThat(keyOf(() -> UidNumber.of("CHE-109.322.5511"))).isEqualTo("invalid.uid.format");
        assertThat(keyOf(() -> UidNumber.of("CHE-109.322.551 HR"))).isEqualTo("invalid.uid.format");
        assertThat(keyOf(() -> UidNumber.of("CHE-109.322.552"))).isEqualTo("invalid.uid.check-digit");
    }

    @Test
    void theVatNumberIsTheSameEnterprise() {
        assertThat(UidNumber.of("CHE-109.322.551 MWST")).isEqualTo(UidNumber.of("CHE109322551"))
                .hasSameHashCodeAs(UidNumber.of("CHE109322551"))
                .isNotEqualTo(UidNumber.of("CHE-116.281.710"))
                .hasToString("CHE-109.322.551");
    }
}
