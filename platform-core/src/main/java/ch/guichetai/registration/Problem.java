package ch.guichetai.registration;

import java.util.Arrays;

/** What is wrong with one field: a message key of the UI's bundles and its arguments. */
public record Problem(String messageKey, Object... arguments) {

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
