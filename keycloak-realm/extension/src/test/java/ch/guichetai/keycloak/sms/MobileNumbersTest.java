package ch.guichetai.keycloak.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MobileNumbersTest {

    @Test
    void swissMobileNumbersAreWrittenInE164() {
        assertThat(MobileNumbers.normalise("079 123 45 67")).isEqualTo("+41791234567");
        assertThat(MobileNumbers.normalise("+41 (0)79-123.45.67".replace("(0)", ""))).isEqualTo("+41791234567");
        assertThat(MobileNumbers.normalise("0041 76 123 45 67")).isEqualTo("+41761234567");
    }

    @Test
    void liechtensteinAndEuMobileNumbersAreAccepted() {
        assertThat(MobileNumbers.normalise("+33 6 12 34 56 78")).isEqualTo("+33612345678");
        assertThat(MobileNumbers.normalise("+49 151 2345 6789")).isEqualTo("+4915123456789");
        assertThat(MobileNumbers.normalise("+423 660 12 34")).isEqualTo("+4236601234");
    }

    @Test
    void landlinesOtherCountriesAndGarbageAreRefused() {
        assertThat(MobileNumbers.normalise("022 327 27 27")).isNull();
        assertThat(MobileNumbers.normalise("+1 212 555 0100")).isNull();
        assertThat(MobileNumbers.normalise("079 123")).isNull();
        assertThat(MobileNumbers.normalise("abc")).isNull();
        assertThat(MobileNumbers.normalise("")).isNull();
        assertThat(MobileNumbers.normalise(null)).isNull();
    }
}
