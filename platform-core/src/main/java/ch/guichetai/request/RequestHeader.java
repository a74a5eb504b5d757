package ch.guichetai.request;

import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Iban;
import java.util.Objects;
import java.util.Optional;

/**
 * The common frame of every form, as typed: "Informations personnelles" (the beneficiary, the IBAN
 * to pay to), "Décompte" (the decision number) and the remarks. Null values are missing input,
 * which {@link Requests#send} reports under the field's key.
 *
 * @param beneficiaryId       the beneficiary billed for; empty for the person themself
 * @param iban                one of the {@link Requests#ibansFor choices} that apply
 * @param decisionDescription optional; kept with a saved decision number
 * @param saveDecision        "Enregistrer le numéro de décision": keep the number with the beneficiary
 *                            (a beneficiary's only; ignored for the person themself)
 * @param remarks             "Remarques/Compléments", optional
 */
public record RequestHeader(Optional<Long> beneficiaryId, Iban iban, DecisionNumber decisionNumber,
                            String decisionDescription, boolean saveDecision, String remarks) {

    /** Field keys of {@link ch.guichetai.validation.InvalidInputException}. */
    public static final String BENEFICIARY = "beneficiary";
    public static final String IBAN = "iban";
    public static final String DECISION_NUMBER = "decisionNumber";
    public static final String DECISION_DESCRIPTION = "decisionDescription";
    public static final String REMARKS = "remarks";

    public static final int DECISION_DESCRIPTION_MAX_LENGTH = 200;
    public static final int REMARKS_MAX_LENGTH = 2000;

    public RequestHeader {
        beneficiaryId = Objects.requireNonNullElse(beneficiaryId, Optional.empty());
    }
}
