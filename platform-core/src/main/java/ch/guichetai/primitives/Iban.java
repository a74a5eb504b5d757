package ch.guichetai.primitives;

import java.util.Locale;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanFormatException.IbanFormatViolation;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * An International Bank Account Number, to which the office pays reimbursements. The country's
 * length and structure and the two check digits (ISO 13616, mod 97) are verified by iban4j, so a
 * mistyped IBAN is refused before money goes to the wrong account.
 * <p>
 * A QR-IBAN ({@link #isQrIban()}) only receives payments of QR-bills with a reference; it is not an
 * account to pay a person to, which is why callers may need to tell it apart.
 * <p>
 * Stored without spaces, upper-case: "CH9300762011623852957".
 */
public final class Iban extends StoredText {

    private static final int MIN_LENGTH = 15;
    private static final int MAX_LENGTH = 34;
    private static final int MAX_INPUT_LENGTH = 64;

    private Iban(String value) {
        super(value);
    }

    /** Reads "CH93 0076 2011 6238 5295 7", "ch9300762011623852957" and the like. */
    public static Iban of(String text) {
        InvalidValueException.requireText(text);
        if (text.length() > MAX_INPUT_LENGTH) {
            throw new InvalidValueException("invalid.iban.format");
        }
        String compact = Separators.removeFrom(text).toUpperCase(Locale.ROOT);
        if (compact.length() < MIN_LENGTH || compact.length() > MAX_LENGTH || !compact.matches("[A-Z0-9]+")) {
            throw new InvalidValueException("invalid.iban.format");
        }
        try {
            IbanUtil.validate(compact);
        } catch (InvalidCheckDigitException e) {
            throw new InvalidValueException("invalid.iban.check-digit");
        } catch (UnsupportedCountryException e) {
            throw new InvalidValueException("invalid.iban.country");
        } catch (IbanFormatException e) {
            throw new InvalidValueException(e.getFormatViolation() == IbanFormatViolation.COUNTRY_CODE_EXISTS
                    ? "invalid.iban.country" : "invalid.iban.format");
        }
        return new Iban(compact);
    }

    /** In groups of four, as printed on bank documents: "CH93 0076 2011 6238 5295 7". */
    @Override
    public String formatted() {
        String value = value();
        StringBuilder formatted = new StringBuilder(value.length() + value.length() / 4);
        for (int i = 0; i < value.length(); i += 4) {
            if (i > 0) {
                formatted.append(' ');
            }
            formatted.append(value, i, Math.min(i + 4, value.length()));
        }
        return formatted.toString();
    }

    /** The ISO 3166 country code, the first two letters: "CH". */
    public String countryCode() {
        return value().substring(0, 2);
    }

    public boolean isSwissOrLiechtenstein() {
        return countryCode().equals("CH") || countryCode().equals("LI");
    }

    /**
     * Whether this is a Swiss or Liechtenstein QR-IBAN: its institution identification (IID, the
     * five characters after the check digits) lies in the range 30000–31999 reserved for them.
     */
    public boolean isQrIban() {
        if (!isSwissOrLiechtenstein()) {
            return false;
        }
        int institution = Integer.parseInt(value().substring(4, 9));
        return institution >= 30000 && institution <= 31999;
    }

    /**
     * Enough to tell accounts apart, not to pay into one (for the audit trail, ADR 0039): the
     * country, the check digits and the last four characters: "CH93 … 2957" for
     * "CH9300762011623852957".
     */
    public String masked() {
        String value = value();
        return value.substring(0, 4) + " … " + value.substring(value.length() - 4);
    }
}
