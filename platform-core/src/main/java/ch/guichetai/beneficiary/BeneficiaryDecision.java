package ch.guichetai.beneficiary;

import java.util.Optional;

/**
 * A decision number of the office about a beneficiary, kept so that it can be picked when a
 * company bills. The seeds give no format for it: free text of at most 40 characters.
 */
public record BeneficiaryDecision(Long id, Long beneficiaryId, String number, Optional<String> description) {

    static final int NUMBER_MAX_LENGTH = 40;
    static final int DESCRIPTION_MAX_LENGTH = 200;

    /** A checked decision number and its optional description. */
    public record Decision(String number, Optional<String> description) {
    }
}
