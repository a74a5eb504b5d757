package ch.guichetai.account;

import ch.guichetai.primitives.InvalidValueException;
import java.util.Map;

/** "Mes informations" were not saved: field name (of {@link PersonalInformationForm}) to what is wrong with it. */
public class InvalidInformationException extends RuntimeException {

    private final Map<String, InvalidValueException> problems;

    public InvalidInformationException(Map<String, InvalidValueException> problems) {
        super("invalid information: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, InvalidValueException> problems() {
        return problems;
    }
}
