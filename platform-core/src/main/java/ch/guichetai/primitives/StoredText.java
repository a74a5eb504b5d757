package ch.guichetai.primitives;

import java.util.Objects;

/**
 * A value object held as one normalised text, the form it is stored and compared in: two values
 * are equal when they are of the same kind and their stored texts are equal. Shown to people as
 * {@link #formatted()}, which is also its {@code toString()} (personal data such as an AVS number
 * never leaves in any other form).
 */
abstract class StoredText {

    private final String value;

    StoredText(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** The normalised text, as stored in the database (each kind says its form). */
    public String value() {
        return value;
    }

    /** As people read it. */
    public abstract String formatted();

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && value.equals(((StoredText) other).value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    @Override
    public final String toString() {
        return formatted();
    }
}
