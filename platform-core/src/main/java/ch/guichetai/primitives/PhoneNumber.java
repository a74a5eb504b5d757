package ch.guichetai.primitives;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A telephone number, kept in E.164 form ("+41791234567") so that it can be dialled and texted
 * whatever the country it was typed in. libphonenumber checks the number against each country's
 * numbering plan, so "079 123 45 6" is refused rather than stored.
 * <p>
 * Only digits and the usual separators are accepted: no letters (vanity numbers) and no extensions,
 * which E.164 cannot hold.
 * <p>
 * Stored in E.164: "+41791234567".
 */
public final class PhoneNumber extends StoredText {

    /** The region of numbers typed without an international prefix. */
    public static final String DEFAULT_REGION = "CH";

    private static final int MAX_INPUT_LENGTH = 32;
    private static final Pattern ALLOWED_CHARACTERS = Pattern.compile("[0-9+()./\\-\\s\\u00A0\\u202F]+");
    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();

    private final String formatted;

    private PhoneNumber(Phonenumber.PhoneNumber number) {
        super(PHONE_NUMBERS.format(number, PhoneNumberFormat.E164));
        this.formatted = PHONE_NUMBERS.format(number, PhoneNumberFormat.INTERNATIONAL);
    }

    /** Reads a Swiss number in national form ("079 123 45 67") or any number with its prefix ("+33 6…", "0033 6…"). */
    public static PhoneNumber of(String text) {
        return of(DEFAULT_REGION, text);
    }

    /**
     * Reads a number in the national form of the country the person chose (ISO 3166 alpha-2, such as
     * "FR"), or any number with its international prefix.
     *
     * @throws IllegalArgumentException if libphonenumber does not know the region: a programming error
     */
    public static PhoneNumber of(String regionCode, String text) {
        return new PhoneNumber(parse(regionCode, text));
    }

    /** Like {@link #of(String)}, for numbers that must receive text messages, such as a login code. */
    public static PhoneNumber mobileOf(String text) {
        return mobileOf(DEFAULT_REGION, text);
    }

    /** Like {@link #of(String, String)}, for numbers that must receive text messages. */
    public static PhoneNumber mobileOf(String regionCode, String text) {
        var number = parse(regionCode, text);
        PhoneNumberType type = PHONE_NUMBERS.getNumberType(number);
        if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
            throw new InvalidValueException("invalid.phone.not-mobile");
        }
        return new PhoneNumber(number);
    }

    private static Phonenumber.PhoneNumber parse(String regionCode, String text) {
        String region = regionCode == null ? "" : regionCode.toUpperCase(Locale.ROOT);
        if (!PHONE_NUMBERS.getSupportedRegions().contains(region)) {
            throw new IllegalArgumentException("Unknown telephone region: " + regionCode);
        }
        InvalidValueException.requireText(text);
        if (text.length() > MAX_INPUT_LENGTH || !ALLOWED_CHARACTERS.matcher(text).matches()) {
            throw new InvalidValueException("invalid.phone.format");
        }
        try {
            var number = PHONE_NUMBERS.parse(text, region);
            if (!PHONE_NUMBERS.isValidNumber(number)) {
                throw new InvalidValueException("invalid.phone.format");
            }
            return number;
        } catch (NumberParseException e) {
            throw new InvalidValueException("invalid.phone.format");
        }
    }

    /** International form, for display: "+41 79 123 45 67". */
    @Override
    public String formatted() {
        return formatted;
    }
}
