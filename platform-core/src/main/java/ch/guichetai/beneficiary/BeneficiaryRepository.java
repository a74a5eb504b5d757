package ch.guichetai.beneficiary;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BeneficiaryRepository extends JpaRepository<Beneficiary, Long> {

    @Query("select b from Beneficiary b where b.id = :id and b.ownerCompanyId = :companyId")
    Optional<Beneficiary> findOfCompany(long companyId, long id);

    @Query("""
            select count(b) > 0 from Beneficiary b
            where b.ownerCompanyId = :companyId and b.avsDigits = :avs and b.archived = false and b.id <> :exceptId""")
    boolean avsTaken(long companyId, String avs, long exceptId);
}
