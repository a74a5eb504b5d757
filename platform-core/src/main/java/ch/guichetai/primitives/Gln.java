package ch.guichetai.primitives;

/**
 * A Global Location Number (GLN), the 13-digit GS1 number that identifies a health-care provider,
 * such as a doctor, a pharmacy or a supplier of aids, on Swiss invoices. Its last digit is a GS1
 * check digit, so a mistyped GLN is refused before an invoice is attributed to the wrong provider.
 * <p>
 * Stored as its 13 digits: "7601000000002".
 */
public final class Gln extends StoredText {

    private static final int MAX_INPUT_LENGTH = 40;

    private Gln(String value) {
        super(value);
    }

    /** Reads the 13 digits, ignoring spaces, dots and dashes between them. */
    public static Gln of(String text) {
        InvalidValueException.requireText(text);
        if (text.length() > MAX_INPUT_LENGTH) {
            throw new InvalidValueException("invalid.gln.format");
        }
        String digits = Separators.removeFrom(text);
        if (!digits.matches("\\d{13}")) {
            throw new InvalidValueException("invalid.gln.format");
        }
        if (!Gs1CheckDigit.isValid(digits)) {
            throw new InvalidValueException("invalid.gln.check-digit");
        }
        return new Gln(digits);
    }

    /** The 13 digits too: GLNs are written without separators. */
    @Override
    public String formatted() {
        return value();
    }
}
