package ch.guichetai.validation;

import ch.guichetai.primitives.InvalidValueException;
import java.util.Arrays;

/**
 * What is wrong with one field: a message key of the UI's bundles and its arguments. For a
 * {@linkplain #isRequired() missing value} the UI adds the field's label as the argument {0}.
 */
public record Problem(String messageKey, Object... arguments) {

    /** The field is empty but must be filled in. */
    public static Problem required() {
        return new Problem(InvalidValueException.REQUIRED);
    }

    /** What a value object said about the text it refused. */
    public static Problem of(InvalidValueException refusal) {
        return new Problem(refusal.messageKey(), refusal.arguments());
    }

    public boolean isRequired() {
        return messageKey.equals(InvalidValueException.REQUIRED);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Problem that && messageKey.equals(that.messageKey)
                && Arrays.equals(arguments, that.arguments);
    }

    @Override
    public int hashCode() {
        return messageKey.hashCode() * 31 + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return messageKey + Arrays.toString(arguments);
    }
}
