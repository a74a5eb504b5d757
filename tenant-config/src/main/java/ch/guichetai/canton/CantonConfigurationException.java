package ch.guichetai.canton;

/** cantons.yml is missing a value or holds a malformed one; the message names the canton and the key. */
public class CantonConfigurationException extends RuntimeException {

    CantonConfigurationException(String message) {
        super(message);
    }
}
