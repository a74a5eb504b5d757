package ch.guichetai.registration;

import java.util.Map;

/** The registration was not saved: what is wrong, field by field (field names of the form objects). */
public class RegistrationRejectedException extends RuntimeException {

    private final Map<String, Problem> problems;

    public RegistrationRejectedException(Map<String, Problem> problems) {
        super("registration rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, Problem> problems() {
        return problems;
    }
}
