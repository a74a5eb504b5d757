package ch.guichetai.request;

import ch.guichetai.beneficiary.BeneficiaryRequests;
import org.springframework.stereotype.Component;

/** Whether requests were sent for a beneficiary, so that it is archived rather than deleted. */
@Component
class RequestsOfBeneficiaries implements BeneficiaryRequests {

    private final RequestRepository requests;

    RequestsOfBeneficiaries(RequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public boolean existFor(long beneficiaryId) {
        return requests.existsByBeneficiaryId(beneficiaryId);
    }
}
