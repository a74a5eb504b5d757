package ch.guichetai.request;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The canton's requests (Hibernate adds the canton to every query). */
interface RequestRepository extends JpaRepository<StoredRequest, Long> {

    Optional<StoredRequest> findBySubmissionKey(String submissionKey);

    boolean existsByBeneficiaryId(Long beneficiaryId);
}
