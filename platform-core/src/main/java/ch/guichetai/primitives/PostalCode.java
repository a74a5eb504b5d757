package ch.guichetai.primitives;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A postal code together with its country, since a code only means something in its country:
 * Swiss and Liechtenstein codes are four digits from 1000 to 9699; for other countries, whose
 * formats vary, only a short text of letters, digits, spaces and dashes is required.
 */
public final class PostalCode {

    private static final int MAX_LENGTH = 10;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final String country;
    private final String value;

    private PostalCode(String country, String value) {
        this.country = country;
        this.value = value;
    }

    /**
     * Reads a postal code of a country given as ISO 3166 alpha-2 code ("CH", "fr").
     *
     * @throws IllegalArgumentException if the country code is unknown: it comes from a country list,
     *         not from what a person typed, so that is a programming error
     */
    public static PostalCode of(String countryCode, String text) {
        String country = Objects.requireNonNull(countryCode, "countryCode").strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            throw new IllegalArgumentException("Unknown ISO 3166 country code: " + countryCode);
        }
        InvalidValueException.requireText(text);
        String code = text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        boolean valid = country.equals("CH") || country.equals("LI") ? isSwiss(code) : isPlausible(code);
        if (!valid) {
            throw new InvalidValueException("invalid.postal-code.format");
        }
        return new PostalCode(country, code);
    }

    private static boolean isSwiss(String code) {
        if (!code.matches("\\d{4}")) {
            return false;
        }
        int number = Integer.parseInt(code);
        return number >= 1000 && number <= 9699;
    }

    private static boolean isPlausible(String code) {
        return code.length() <= MAX_LENGTH && code.matches("[A-Z0-9 \\-]+");
    }

    /** The ISO 3166 alpha-2 code of the country, upper-case: "CH". */
    public String country() {
        return country;
    }

    /** The code, upper-case with single spaces: "1201", "SW1A 1AA". */
    public String value() {
        return value;
    }

    /** The code as written on an envelope, which is {@link #value()}. */
    public String formatted() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PostalCode that && country.equals(that.country) && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(country, value);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
