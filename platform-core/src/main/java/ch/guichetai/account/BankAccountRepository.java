package ch.guichetai.account;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BankAccountRepository extends JpaRepository<BankAccount, Long> {

    List<BankAccount> findByAccountIdOrderByCreatedAt(Long accountId);

    java.util.Optional<BankAccount> findByIdAndAccountId(Long id, Long accountId);

    long countByAccountId(Long accountId);

    List<BankAccount> findByCompanyIdOrderByCreatedAtAscIdAsc(Long companyId);

    java.util.Optional<BankAccount> findByIdAndCompanyId(Long id, Long companyId);

    long countByCompanyId(Long companyId);
}
