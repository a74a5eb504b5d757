package ch.guichetai.primitives;

import java.util.regex.Pattern;

/**
 * The characters people put between digit groups when they type or paste an identifier: spaces
 * (including the no-break spaces of copied PDFs and web pages), dots and dashes.
 */
final class Separators {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F.\\-\\u2010-\\u2013]+");

    private Separators() {
    }

    static String removeFrom(String text) {
        return SEPARATORS.matcher(text).replaceAll("");
    }
}
