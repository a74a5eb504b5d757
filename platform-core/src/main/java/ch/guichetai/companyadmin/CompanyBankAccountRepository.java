package ch.guichetai.companyadmin;

import ch.guichetai.account.BankAccount;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The bank accounts of companies (the rows of {@code bank_account} whose owner is a company). */
interface CompanyBankAccountRepository extends Repository<BankAccount, Long> {

    List<BankAccount> findByCompanyIdOrderByCreatedAtAscIdAsc(Long companyId);

    Optional<BankAccount> findByIdAndCompanyId(Long id, Long companyId);

    long countByCompanyId(Long companyId);

    BankAccount save(BankAccount bankAccount);

    void delete(BankAccount bankAccount);
}
