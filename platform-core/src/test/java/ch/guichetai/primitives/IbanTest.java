package ch.guichetai.primitives;

import static ch.guichetai.primitives.InvalidValues.keyOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class IbanTest {

    private static final String UBS_ACCOUNT = "CH93 0076 2011 6238 5295 7";
    private static final String SIX_QR_IBAN = "CH44 3199 9123 0008 8901 2";

    @Test
    void readsTheIbanHoweverItIsTyped() {
        for (String typed : new String[] {UBS_ACCOUNT, "CH9300762011623852957", " ch93 0076 2011 6238 5295 7 ",
                "CH93-0076-2011-6238-5295-7", "CH93\u00A00076\u00A02011\u00A06238\u00A05295\u00A07"}) {
            Iban iban = Iban.of(typed);
            assertThat(iban.value()).as(typed).isEqualTo("CH9300762011623852957");
            assertThat(iban.formatted()).as(typed).isEqualTo("CH93 0076 2011 6238 5295 7");
        }
    }

    @Test
    void theMaskedIbanTellsAccountsApartWithoutTheNumber() {
        assertThat(Iban.of(UBS_ACCOUNT).masked()).isEqualTo("CH93 … 2957");
        assertThat(Iban.of("NO9386011117947").masked()).isEqualTo("NO93 … 7947");
    }

    @Test
    void theCheckDigitsMakeTheNumberLeaveOneModulo97() {
        // the country and check digits go to the end, letters become 10 (A) to 35 (Z): C = 12, H = 17
        assertThat(new BigInteger("00762011623852957" + "1217" + "93").mod(BigInteger.valueOf(97))).isEqualTo(BigInteger.ONE);
        assertThat(keyOf(() -> Iban.of("CH94 0076 2011 6238 5295 7"))).isEqualTo("invalid.iban.check-digit");
        assertThat(keyOf(() -> Iban.of("CH93 0076 2011 6238 5259 7"))).isEqualTo("invalid.iban.check-digit");
    }

    @Test
    void recognisesQrIbansByTheirInstitutionIdentification() {
        Iban qrIban = Iban.of(SIX_QR_IBAN);
        assertThat(qrIban.isQrIban()).isTrue();
        assertThat(qrIban.isSwissOrLiechtenstein()).isTrue();
        assertThat(Iban.of(UBS_ACCOUNT).isQrIban()).isFalse();

        assertThat(swissIban("29999", "123456789012").isQrIban()).isFalse();
        assertThat(swissIban("30000", "123456789012").isQrIban()).isTrue();
        assertThat(swissIban("31999", "123456789012").isQrIban()).isTrue();
        assertThat(swissIban("32000", "123456789012").isQrIban()).isFalse();
    }

    @Test
    void onlySwissAndLiechtensteinIbansCanBeQrIbans() {
        Iban liechtenstein = Iban.of("LI21 0881 0000 2324 013A A");
        assertThat(liechtenstein.isSwissOrLiechtenstein()).isTrue();
        assertThat(liechtenstein.isQrIban()).isFalse();
        assertThat(liechtenstein.countryCode()).isEqualTo("LI");

        Iban german = Iban.of("DE89 3704 0044 0532 0130 00");
        assertThat(german.isSwissOrLiechtenstein()).isFalse();
        assertThat(german.isQrIban()).isFalse();
        assertThat(german.formatted()).isEqualTo("DE89 3704 0044 0532 0130 00");
    }

    @Test
    void explainsWhatIsWrong() {
        assertThat(keyOf(() -> Iban.of(""))).isEqualTo("invalid.required");
        assertThat(keyOf(() -> Iban.of("CH93"))).isEqualTo("invalid.iban.format");
        assertThat(keyOf(() -> Iban.of("CH93 0076 2011 6238 5295"))).isEqualTo("invalid.iban.format");
        assertThat(keyOf(() -> Iban.of("CH93 0076 2011 6238 5295 7!"))).isEqualTo("invalid.iban.format");
        assertThat(keyOf(() -> Iban.of("CH93 0076 2011 6238 5295 7" + "0".repeat(20)))).isEqualTo("invalid.iban.format");
        assertThat(keyOf(() -> Iban.of("XX93 0076 2011 6238 5295 7"))).isEqualTo("invalid.iban.country");
        assertThat(keyOf(() -> Iban.of("US93 0076 2011 6238 5295 7"))).isEqualTo("invalid.iban.country");
        assertThat(keyOf(() -> Iban.of("CH94 0076 2011 6238 5295 7"))).isEqualTo("invalid.iban.check-digit");
    }

    @Test
    void twoSpellingsOfTheSameIbanAreEqual() {
        assertThat(Iban.of(UBS_ACCOUNT)).isEqualTo(Iban.of("ch9300762011623852957"))
                .hasSameHashCodeAs(Iban.of("ch9300762011623852957"))
                .isNotEqualTo(Iban.of(SIX_QR_IBAN))
                .hasToString(UBS_ACCOUNT);
    }

    /** A Swiss IBAN with check digits computed here: 98 − (BBAN + "CH00" as digits) mod 97. */
    private static Iban swissIban(String institution, String account) {
        BigInteger number = new BigInteger(institution + account + "1217" + "00");
        int checkDigits = 98 - number.mod(BigInteger.valueOf(97)).intValue();
        return Iban.of("CH%02d%s%s".formatted(checkDigits, institution, account));
    }
}
