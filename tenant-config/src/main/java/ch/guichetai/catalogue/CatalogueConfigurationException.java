package ch.guichetai.catalogue;

/** assistive-devices.yml is missing a value or holds a malformed one; the message names the item and the key. */
public class CatalogueConfigurationException extends RuntimeException {

    CatalogueConfigurationException(String message) {
        super(message);
    }
}
