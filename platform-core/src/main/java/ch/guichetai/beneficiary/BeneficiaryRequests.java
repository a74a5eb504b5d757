package ch.guichetai.beneficiary;

/**
 * Whether requests (demandes) were sent for a beneficiary: such a beneficiary is archived, never
 * destroyed, so that the office's files keep who they were about. There are no requests yet
 * ({@link NoRequestsYet}); the requests feature will implement this and replace that class.
 */
public interface BeneficiaryRequests {

    boolean existFor(long beneficiaryId);
}
