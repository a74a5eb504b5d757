package ch.guichetai.primitives;

/**
 * The payment reference of a QR-bill paid to a QR-IBAN (référence QR, QR-Referenz), such as
 * "21 00000 00003 13947 14300 09017": 27 digits, the last one a check digit computed with the
 * recursive modulo 10 of the Swiss payment standards, so a mistyped reference is refused before a
 * payment cannot be matched.
 * <p>
 * Stored as its 27 digits.
 */
public final class QrReference extends StoredText {

    private static final int MAX_INPUT_LENGTH = 60;
    private static final int[] CARRY_TABLE = {0, 9, 4, 6, 8, 2, 7, 1, 3, 5};

    private QrReference(String value) {
        super(value);
    }

    /** Reads the reference with or without the spaces of its printed form. */
    public static QrReference of(String text) {
        InvalidValueException.requireText(text);
        if (text.length() > MAX_INPUT_LENGTH) {
            throw new InvalidValueException("invalid.qr-reference.format");
        }
        String digits = Separators.removeFrom(text);
        if (!digits.matches("\\d{27}")) {
            throw new InvalidValueException("invalid.qr-reference.format");
        }
        if (checkDigit(digits.substring(0, 26)) != digits.charAt(26) - '0') {
            throw new InvalidValueException("invalid.qr-reference.check-digit");
        }
        return new QrReference(digits);
    }

    /** The check digit of the recursive modulo 10 for the given digits. */
    static int checkDigit(String digits) {
        int carry = 0;
        for (int i = 0; i < digits.length(); i++) {
            carry = CARRY_TABLE[(carry + digits.charAt(i) - '0') % 10];
        }
        return (10 - carry) % 10;
    }

    /** As printed on a QR-bill: two digits, then groups of five. */
    @Override
    public String formatted() {
        StringBuilder formatted = new StringBuilder(value().substring(0, 2));
        for (int i = 2; i < value().length(); i += 5) {
            formatted.append(' ').append(value(), i, i + 5);
        }
        return formatted.toString();
    }
}
