package ch.guichetai.beneficiary;

import org.springframework.stereotype.Component;

/** Until requests exist, no beneficiary has any: delete this class when the requests feature implements the port. */
@Component
class NoRequestsYet implements BeneficiaryRequests {

    @Override
    public boolean existFor(long beneficiaryId) {
        return false;
    }
}
