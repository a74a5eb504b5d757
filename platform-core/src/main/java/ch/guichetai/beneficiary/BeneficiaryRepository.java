package ch.guichetai.beneficiary;

import org.springframework.data.jpa.repository.JpaRepository;

/** Saving and deleting; every read that depends on the owner is a query of {@link Beneficiaries}. */
interface BeneficiaryRepository extends JpaRepository<StoredBeneficiary, Long> {
}
