package ch.guichetai.beneficiary;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BeneficiaryDecisionRepository extends JpaRepository<StoredDecision, Long> {

    @Query("select d from BeneficiaryDecision d where d.beneficiaryId = :beneficiaryId order by d.number, d.id")
    List<StoredDecision> findOfBeneficiary(long beneficiaryId);

    @Modifying
    @Query("delete from BeneficiaryDecision d where d.beneficiaryId = :beneficiaryId")
    void deleteOfBeneficiary(long beneficiaryId);
}
