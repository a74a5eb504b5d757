package ch.guichetai.beneficiary;

import ch.guichetai.registration.Problem;
import java.util.Map;

/** Nothing was saved: what is wrong, field by field (property names of {@link BeneficiaryForm}). */
public class BeneficiaryRejectedException extends RuntimeException {

    private final Map<String, Problem> problems;

    public BeneficiaryRejectedException(Map<String, Problem> problems) {
        super("beneficiary rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, Problem> problems() {
        return problems;
    }
}
