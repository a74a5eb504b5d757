package ch.guichetai.canton;

import java.util.Objects;
import java.util.Optional;

/**
 * Postal address of a cantonal office; the locality is named in each language ("Berne" / "Bern").
 *
 * @param postOfficeBox the box number, or an empty text for a box without number
 */
public record OfficeAddress(String street, Optional<String> postOfficeBox, String postalCode, LocalizedText locality) {

    public OfficeAddress {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(postOfficeBox, "postOfficeBox");
        Objects.requireNonNull(locality, "locality");
        checkPostalCode(postalCode);
    }

    static String checkPostalCode(String postalCode) {
        if (postalCode == null || !postalCode.matches("[1-9]\\d{3}")) {
            throw new IllegalArgumentException("a Swiss postal code has four digits, not '" + postalCode + "'");
        }
        return postalCode;
    }
}
