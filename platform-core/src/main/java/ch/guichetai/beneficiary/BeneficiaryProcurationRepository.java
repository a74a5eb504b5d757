package ch.guichetai.beneficiary;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BeneficiaryProcurationRepository extends JpaRepository<BeneficiaryProcuration, Long> {

    @Query("select p from BeneficiaryProcuration p where p.beneficiaryId = :beneficiaryId")
    Optional<BeneficiaryProcuration> findOfBeneficiary(long beneficiaryId);

    @Modifying
    @Query("delete from BeneficiaryProcuration p where p.beneficiaryId = :beneficiaryId")
    void deleteOfBeneficiary(long beneficiaryId);
}
