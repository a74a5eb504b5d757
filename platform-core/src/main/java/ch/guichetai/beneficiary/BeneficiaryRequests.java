package ch.guichetai.beneficiary;

/**
 * Whether requests (demandes) were sent for a beneficiary: such a beneficiary is archived, never
 * destroyed, so that the office's files keep who they were about. The requests feature implements
 * it (a port: requests use beneficiaries, so beneficiaries cannot use requests).
 */
public interface BeneficiaryRequests {

    boolean existFor(long beneficiaryId);
}
