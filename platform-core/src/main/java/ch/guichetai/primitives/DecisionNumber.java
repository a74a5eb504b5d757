package ch.guichetai.primitives;

/**
 * The number of an IV office's decision (numéro de décision, Verfügungsnummer), which every
 * invoice to the IV carries since 1 January 2024: 14 digits, the 3-digit code of the office that
 * decided, the 4-digit year and a 7-digit case number, such as 325 2025 1000896. Its office code
 * tells whether the decision is the canton's own ({@link #officeCode()}).
 * <p>
 * Stored as its 14 digits: "32520251000896".
 */
public final class DecisionNumber extends StoredText {

    /** Key of the error for text that is not 14 digits. */
    public static final String FORMAT = "invalid.decision-number.format";
    private static final int MAX_INPUT_LENGTH = 40;

    private DecisionNumber(String value) {
        super(value);
    }

    /** Reads "325 2025 1000896", "32520251000896" and the like (spaces, dots and dashes ignored). */
    public static DecisionNumber of(String text) {
        InvalidValueException.requireText(text);
        if (text.length() > MAX_INPUT_LENGTH) {
            throw new InvalidValueException(FORMAT);
        }
        String digits = Separators.removeFrom(text);
        if (!digits.matches("\\d{14}")) {
            throw new InvalidValueException(FORMAT);
        }
        return new DecisionNumber(digits);
    }

    /** The code of the office that decided: 325 Geneva, 302 Bern, 323 Valais. */
    public String officeCode() {
        return value().substring(0, 3);
    }

    /** Grouped for reading: "325 2025 1000896". */
    public String grouped() {
        return value().substring(0, 3) + " " + value().substring(3, 7) + " " + value().substring(7);
    }

    @Override
    public String formatted() {
        return grouped();
    }
}
