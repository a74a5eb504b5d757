package ch.guichetai.request;

import ch.guichetai.canton.CantonCode;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference people quote when they call the office about a request: the canton, the year it
 * was sent and its number in that canton and year, such as {@code GE-2026-000123} (shown on the
 * success page, in the history and on the PDF). Numbers start at 1 each year in each canton.
 */
public record RequestReference(CantonCode canton, int year, long number) {

    private static final Pattern TEXT = Pattern.compile("([A-Z]{2})-(\\d{4})-(\\d{6,})");
    private static final long MAX_NUMBER = 999_999_999L;

    public RequestReference {
        Objects.requireNonNull(canton, "canton");
        if (year < 2000 || year > 9999 || number < 1 || number > MAX_NUMBER) {
            throw new IllegalArgumentException("no reference for year " + year + ", number " + number);
        }
    }

    /** Reads {@code GE-2026-000123}. */
    public static RequestReference parse(String text) {
        Matcher matcher = TEXT.matcher(Objects.requireNonNull(text, "text"));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a request reference: " + text);
        }
        return new RequestReference(new CantonCode(matcher.group(1).toLowerCase(Locale.ROOT)),
                Integer.parseInt(matcher.group(2)), Long.parseLong(matcher.group(3)));
    }

    /** {@code GE-2026-000123}: the number has at least six digits. */
    @Override
    public String toString() {
        return canton.value().toUpperCase(Locale.ROOT) + "-" + year + "-" + String.format(Locale.ROOT, "%06d", number);
    }
}
