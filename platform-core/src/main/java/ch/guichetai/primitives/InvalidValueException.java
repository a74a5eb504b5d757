package ch.guichetai.primitives;

import java.util.Arrays;
import java.util.Objects;

/**
 * A value that a person typed is not valid. The UI shows the translated text of {@link #messageKey()}
 * (with {@link #arguments()}) next to the field, so the person can correct it.
 * <p>
 * The message is the key only, never the rejected text: inputs such as AVS numbers and IBANs are
 * personal data, and exceptions end up in logs.
 */
public final class InvalidValueException extends IllegalArgumentException {

    /** Key of the error for a missing (null or blank) value, shared by every type. */
    public static final String REQUIRED = "invalid.required";

    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidValueException(String messageKey, Object... arguments) {
        super(Objects.requireNonNull(messageKey, "messageKey"));
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** Key of the text in the translation bundles, such as {@code invalid.avs.check-digit}. */
    public String messageKey() {
        return messageKey;
    }

    /** Values for the placeholders {0}, {1}… of the text; usually none. */
    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    /** Throws {@link #REQUIRED} for null or blank text, so each factory starts with the same check. */
    static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(REQUIRED);
        }
    }

    @Override
    public String toString() {
        return getClass().getName() + ": " + messageKey
                + (arguments == null || arguments.length == 0 ? "" : " " + Arrays.toString(arguments));
    }
}
