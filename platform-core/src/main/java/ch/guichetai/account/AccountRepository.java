package ch.guichetai.account;

import ch.guichetai.primitives.EmailAddress;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findBySubject(String subject);

    boolean existsByEmail(EmailAddress email);

    Optional<Account> findByEmail(EmailAddress email);

    List<Account> findByCompanyIdInAndCompanyRole(java.util.Collection<Long> companyIds, Account.CompanyRole role);

    List<Account> findByCompanyIdOrderByLastNameAscFirstNameAsc(Long companyId);
}
