package ch.guichetai.companyadmin;

import ch.guichetai.registration.Problem;
import java.util.Map;

/** Nothing was saved: what is wrong, field by field (field names of the forms of "Ma société"). */
public class InputRejectedException extends RuntimeException {

    private final Map<String, Problem> problems;

    public InputRejectedException(Map<String, Problem> problems) {
        super("input rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, Problem> problems() {
        return problems;
    }
}
