package ch.guichetai.primitives;

import static ch.guichetai.primitives.InvalidValues.keyOf;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.AttributeConverter;
import org.junit.jupiter.api.Test;

/** Each value is stored as its canonical text and read back equal; an empty column stays empty. */
class ConvertersTest {

    @Test
    void storeTheCanonicalFormAndReadItBack() {
        roundTrip(new AvsNumberConverter(), AvsNumber.of("756.1234.5678.97"), "7561234567897");
        roundTrip(new GlnConverter(), Gln.of("7601001234567"), "7601001234567");
        roundTrip(new UidNumberConverter(), UidNumber.of("CHE-109.322.551 MWST"), "CHE109322551");
        roundTrip(new IbanConverter(), Iban.of("CH93 0076 2011 6238 5295 7"), "CH9300762011623852957");
        roundTrip(new PhoneNumberConverter(), PhoneNumber.of("+33 6 12 34 56 78"), "+33612345678");
        roundTrip(new EmailAddressConverter(), EmailAddress.of("Marie@Example.ch"), "Marie@example.ch");
    }

    @Test
    void aForeignMobileNumberIsReadBackInItsOwnCountry() {
        assertThat(new PhoneNumberConverter().convertToEntityAttribute("+33612345678").formatted())
                .isEqualTo("+33 6 12 34 56 78");
    }

    @Test
    void aRowEditedByHandCannotProduceAnInvalidValue() {
        assertThat(keyOf(() -> new AvsNumberConverter().convertToEntityAttribute("7561234567898")))
                .isEqualTo("invalid.avs.check-digit");
    }

    private static <T> void roundTrip(AttributeConverter<T, String> converter, T value, String column) {
        assertThat(converter.convertToDatabaseColumn(value)).isEqualTo(column);
        assertThat(converter.convertToEntityAttribute(column)).isEqualTo(value);
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
