package ch.guichetai.beneficiary;

/**
 * No such beneficiary for this company in this canton. Another company's or canton's row gives the
 * same answer as a missing one, so ids cannot be probed.
 */
public class UnknownBeneficiaryException extends RuntimeException {

    public UnknownBeneficiaryException(long id) {
        super("no beneficiary or decision " + id + " for this company");
    }
}
