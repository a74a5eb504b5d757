package ch.guichetai.primitives;

/**
 * A Swiss social-security number (numéro AVS, AHV-Nummer), such as 756.1234.5678.97: the key under
 * which an AI office files a person. It is an EAN-13 code with the prefix 756 (Switzerland), so its
 * last digit catches most typos before a request lands in the wrong person's file.
 * <p>
 * It is personal data: it never appears in exception messages.
 * <p>
 * Stored as its 13 digits: "7561234567897".
 */
public final class AvsNumber extends StoredText {

    private static final int MAX_INPUT_LENGTH = 40;

    private AvsNumber(String value) {
        super(value);
    }

    /** Reads the number as people write it: "756.1234.5678.97", "756 1234 5678 97", "7561234567897". */
    public static AvsNumber of(String text) {
        InvalidValueException.requireText(text);
        if (text.length() > MAX_INPUT_LENGTH) {
            throw new InvalidValueException("invalid.avs.format");
        }
        String digits = Separators.removeFrom(text);
        if (!digits.matches("\\d{13}")) {
            throw new InvalidValueException("invalid.avs.format");
        }
        if (!digits.startsWith("756")) {
            throw new InvalidValueException("invalid.avs.prefix");
        }
        if (!Gs1CheckDigit.isValid(digits)) {
            throw new InvalidValueException("invalid.avs.check-digit");
        }
        return new AvsNumber(digits);
    }

    /** As printed on the insurance card: "756.1234.5678.97". */
    @Override
    public String formatted() {
        String digits = value();
        return digits.substring(0, 3) + "." + digits.substring(3, 7) + "." + digits.substring(7, 11) + "."
                + digits.substring(11);
    }
}
