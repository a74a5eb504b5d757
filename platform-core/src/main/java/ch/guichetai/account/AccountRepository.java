package ch.guichetai.account;

import ch.guichetai.account.Account.CompanyRole;
import ch.guichetai.primitives.EmailAddress;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<StoredAccount, Long> {

    Optional<StoredAccount> findBySubject(String subject);

    boolean existsByEmail(EmailAddress email);

    Optional<StoredAccount> findByEmail(EmailAddress email);

    List<StoredAccount> findByCompanyIdInAndCompanyRole(Collection<Long> companyIds, CompanyRole role);

    List<StoredAccount> findByCompanyIdOrderByLastNameAscFirstNameAsc(Long companyId);

    Optional<StoredAccount> findByIdAndCompanyId(long id, long companyId);

    /** Members still in the company: the Gérants first, then by name. */
    @Query("""
            select a from Account a where a.companyId = :companyId and a.removedAt is null
            order by case when a.companyRole = :first then 0 else 1 end, a.lastName, a.firstName, a.id""")
    List<StoredAccount> findActive(long companyId, CompanyRole first, Pageable page);

    @Query("select count(a) from Account a where a.companyId = :companyId and a.removedAt is null")
    long countActive(long companyId);

    @Query("select count(a) from Account a where a.companyId = :companyId and a.removedAt is null and a.companyRole = :role")
    long countActive(long companyId, CompanyRole role);
}
