package ch.guichetai.account;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BankAccountRepository extends JpaRepository<StoredBankAccount, Long> {

    List<StoredBankAccount> findByAccountIdOrderByCreatedAt(Long accountId);

    java.util.Optional<StoredBankAccount> findByIdAndAccountId(Long id, Long accountId);

    long countByAccountId(Long accountId);

    List<StoredBankAccount> findByCompanyIdOrderByCreatedAtAscIdAsc(Long companyId);

    java.util.Optional<StoredBankAccount> findByIdAndCompanyId(Long id, Long companyId);

    long countByCompanyId(Long companyId);
}
