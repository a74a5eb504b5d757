package ch.guichetai.beneficiary;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BeneficiaryDecisionRepository extends JpaRepository<BeneficiaryDecision, Long> {

    @Query("select d from BeneficiaryDecision d where d.beneficiaryId = :beneficiaryId order by d.number, d.id")
    List<BeneficiaryDecision> findOfBeneficiary(long beneficiaryId);

    /** The decision when its beneficiary belongs to the company. */
    @Query("""
            select d from BeneficiaryDecision d
            where d.id = :id and d.beneficiaryId in (select b.id from Beneficiary b where b.ownerCompanyId = :companyId)""")
    Optional<BeneficiaryDecision> findOfCompany(long companyId, long id);

    @Modifying
    @Query("delete from BeneficiaryDecision d where d.beneficiaryId = :beneficiaryId")
    void deleteOfBeneficiary(long beneficiaryId);
}
