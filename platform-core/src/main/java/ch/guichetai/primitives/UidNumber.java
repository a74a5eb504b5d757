package ch.guichetai.primitives;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Swiss enterprise identification number (UID/IDE), such as CHE-109.322.551: how a company that
 * bills for beneficiaries is identified. The ninth digit is a modulo-11 check digit over the first
 * eight (weights 5, 4, 3, 2, 7, 6, 5, 4), so a mistyped number is refused.
 * <p>
 * The VAT register writes the same number followed by MWST, TVA or IVA; that suffix is dropped, the
 * enterprise is the same.
 * <p>
 * Stored as "CHE123456789".
 */
public final class UidNumber extends StoredText {

    private static final int MAX_INPUT_LENGTH = 40;
    private static final Pattern VAT_SUFFIX = Pattern.compile("\\s*(MWST|TVA|IVA)$");
    private static final int[] WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4};

    private UidNumber(String value) {
        super(value);
    }

    /** Reads "CHE-123.456.789", "che 123 456 789", "CHE123456789" or "CHE-123.456.789 MWST". */
    public static UidNumber of(String text) {
        InvalidValueException.requireText(text);
        if (text.length() > MAX_INPUT_LENGTH) {
            throw new InvalidValueException("invalid.uid.format");
        }
        String upperCase = text.strip().toUpperCase(Locale.ROOT);
        String compact = Separators.removeFrom(VAT_SUFFIX.matcher(upperCase).replaceFirst(""));
        if (!compact.matches("CHE\\d{9}")) {
            throw new InvalidValueException("invalid.uid.format");
        }
        if (!hasValidCheckDigit(compact.substring(3))) {
            throw new InvalidValueException("invalid.uid.check-digit");
        }
        return new UidNumber(compact);
    }

    /** Check digit = 11 − (weighted sum mod 11), where 11 becomes 0 and 10 is never issued. */
    private static boolean hasValidCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (nineDigits.charAt(i) - '0');
        }
        int expected = 11 - sum % 11;
        if (expected == 11) {
            expected = 0;
        }
        return expected != 10 && nineDigits.charAt(8) - '0' == expected;
    }

    /** As in the UID register: "CHE-123.456.789". */
    @Override
    public String formatted() {
        return "CHE-" + value().substring(3, 6) + "." + value().substring(6, 9) + "." + value().substring(9);
    }
}
