package ch.guichetai.company;

import ch.guichetai.primitives.Gln;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyRepository extends JpaRepository<StoredCompany, Long> {

    /** The company, locked until the transaction ends: two agents deciding at once are served in turn. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select c from Company c where c.id = :id")
    java.util.Optional<StoredCompany> findForDecision(long id);

    boolean existsByGln(Gln gln);

    java.util.Optional<StoredCompany> findByGln(Gln gln);

    Page<StoredCompany> findByStatus(Company.Status status, Pageable pageable);

    long countByStatus(Company.Status status);

    // --- issue 12: backoffice ---
    Page<StoredCompany> findByStatusAndNameContaining(Company.Status status, String name, Pageable pageable);
}
