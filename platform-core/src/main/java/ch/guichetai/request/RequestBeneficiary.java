package ch.guichetai.request;

import ch.guichetai.primitives.AvsNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a request is for: a choice of the form's "Bénéficiaire" and the beneficiary of a sent
 * request, as the PDF prints it.
 *
 * @param id        the beneficiary's id; empty for the person who sends (billing for themself)
 * @param name      first and last name
 * @param avsNumber empty when the person themself gave none
 */
public record RequestBeneficiary(Optional<Long> id, String name, Optional<AvsNumber> avsNumber) {

    public RequestBeneficiary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(avsNumber, "avsNumber");
    }

    public boolean isSelf() {
        return id.isEmpty();
    }
}
