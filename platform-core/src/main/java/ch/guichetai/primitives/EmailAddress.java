package ch.guichetai.primitives;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address to which the platform sends notices and login links. The check is pragmatic,
 * not the full RFC 5322 grammar: one "@", no spaces, a local part of at most 64 characters and a
 * domain with a dot and valid labels (internationalised names such as "müller.ch" are accepted).
 * What it lets through that no server accepts is caught by the confirmation e-mail.
 * <p>
 * The domain is lower-cased, since domains are case-insensitive; the local part keeps its case,
 * since the receiving server may treat it as significant.
 * <p>
 * Stored as written, and used so to send mail: "Marie.Dupont@example.ch".
 */
public final class EmailAddress extends StoredText {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART_LENGTH = 64;
    private static final Pattern FORBIDDEN_IN_LOCAL_PART = Pattern.compile("[()<>\\[\\]:;,\\\\\"]");
    private static final Pattern DOMAIN_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LEVEL_DOMAIN = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

    private EmailAddress(String value) {
        super(value);
    }

    /** Reads an address such as " Marie.Dupont@Example.CH " into "Marie.Dupont@example.ch". */
    public static EmailAddress of(String text) {
        InvalidValueException.requireText(text);
        String address = text.strip();
        if (address.length() > MAX_LENGTH || address.codePoints().anyMatch(EmailAddress::isForbiddenCharacter)) {
            throw new InvalidValueException("invalid.email.format");
        }
        int at = address.indexOf('@');
        if (at != address.lastIndexOf('@') || at <= 0) {
            throw new InvalidValueException("invalid.email.format");
        }
        String localPart = address.substring(0, at);
        String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!isValidLocalPart(localPart) || !isValidDomain(domain)) {
            throw new InvalidValueException("invalid.email.format");
        }
        return new EmailAddress(localPart + "@" + domain);
    }

    private static boolean isForbiddenCharacter(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || Character.isISOControl(codePoint);
    }

    private static boolean isValidLocalPart(String localPart) {
        return localPart.length() <= MAX_LOCAL_PART_LENGTH
                && !localPart.startsWith(".") && !localPart.endsWith(".") && !localPart.contains("..")
                && !FORBIDDEN_IN_LOCAL_PART.matcher(localPart).find();
    }

    private static boolean isValidDomain(String domain) {
        String ascii;
        try {
            ascii = IDN.toASCII(domain).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!DOMAIN_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TOP_LEVEL_DOMAIN.matcher(labels[labels.length - 1]).matches();
    }

    /** The address as shown, which is {@link #value()}. */
    @Override
    public String formatted() {
        return value();
    }

    /** The part after the "@", lower-case. */
    public String domain() {
        return value().substring(value().lastIndexOf('@') + 1);
    }
}
