package ch.guichetai.primitives;

/** Runs a factory that must refuse its input and returns the message key it gave. */
final class InvalidValues {

    private InvalidValues() {
    }

    static String keyOf(Runnable factory) {
        try {
            factory.run();
        } catch (InvalidValueException e) {
            return e.messageKey();
        }
        throw new AssertionError("the value was accepted, an InvalidValueException was expected");
    }
}
