package ch.guichetai.canton;

import java.util.regex.Pattern;

/** The two-letter code of a canton in lower case ("ge", "be", "vs"); also its tenant identifier. */
public record CantonCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z]{2}");

    public CantonCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a canton code is two lower-case letters, not '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
