package ch.guichetai.primitives;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** A postal address in Switzerland or abroad; the postal code is checked for the country. */
@Embeddable
public record PostalAddress(
        @Column(name = "street", nullable = false, length = 200) String street,
        @Column(name = "postal_code", nullable = false, length = 10) String postalCode,
        @Column(name = "locality", nullable = false, length = 100) String locality,
        @Column(name = "country", nullable = false, length = 2) String country) {

    public PostalAddress {
        street = required(street, 200);
        locality = required(locality, 100);
        country = required(country, 2).toUpperCase(Locale.ROOT);
        postalCode = PostalCode.of(country, postalCode).value();
    }

    private static String required(String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("invalid.required");
        }
        String trimmed = text.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException("invalid.too-long", maxLength);
        }
        return trimmed;
    }
}
