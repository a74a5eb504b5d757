package ch.guichetai.registration;

import ch.guichetai.primitives.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Checks a form field by field and keeps the first problem of each field. */
final class FieldCheck {

    private final Map<String, Problem> problems = new LinkedHashMap<>();

    /** The value built from the field, or null (and a problem) when the value object refuses it. */
    <T> T value(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            problem(field, e.messageKey(), e.arguments());
            return null;
        }
    }

    /** A required text of at most {@code maxLength} characters, stripped. */
    String text(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            problem(field, "invalid.required");
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            problem(field, "invalid.too-long", maxLength);
            return null;
        }
        return stripped;
    }

    void require(boolean condition, String field, String messageKey, Object... arguments) {
        if (!condition) {
            problem(field, messageKey, arguments);
        }
    }

    void problem(String field, String messageKey, Object... arguments) {
        problems.putIfAbsent(field, new Problem(messageKey, arguments));
    }

    boolean ok(String field) {
        return !problems.containsKey(field);
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new RegistrationRejectedException(problems);
        }
    }
}
