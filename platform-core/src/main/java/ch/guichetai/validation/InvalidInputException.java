package ch.guichetai.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Nothing was saved: what is wrong with the input, field by field, in the order the fields were
 * checked. Field names are the property names of the form object the service received (such as
 * {@code lastName} or {@code decisions[1].number}); the UI shows each problem at its field.
 * <p>
 * The message names the fields only, never what was typed: inputs are personal data, and
 * exceptions end up in logs.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, Problem> problems;

    public InvalidInputException(Map<String, Problem> problems) {
        super("invalid input: " + problems.keySet());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one problem");
        }
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** One field is wrong. */
    public InvalidInputException(String field, Problem problem) {
        this(Map.of(field, problem));
    }

    /** Field name to its problem, in the order the fields were checked. */
    public Map<String, Problem> problems() {
        return problems;
    }
}
