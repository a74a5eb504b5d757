package ch.guichetai.company;

import ch.guichetai.primitives.Gln;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyRepository extends JpaRepository<Company, Long> {

    boolean existsByGln(Gln gln);

    java.util.Optional<Company> findByGln(Gln gln);

    Page<Company> findByStatus(Company.Status status, Pageable pageable);

    long countByStatus(Company.Status status);
}
