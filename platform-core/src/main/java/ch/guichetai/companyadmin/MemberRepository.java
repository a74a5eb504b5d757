package ch.guichetai.companyadmin;

import ch.guichetai.account.Account;
import ch.guichetai.account.Account.CompanyRole;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The members of a company (accounts of the current canton, as every query here). */
interface MemberRepository extends Repository<Account, Long> {

    /** Members still in the company: the Gérants first, then by name. */
    @Query("""
            select a from Account a where a.companyId = :companyId and a.removedAt is null
            order by case when a.companyRole = :first then 0 else 1 end, a.lastName, a.firstName, a.id""")
    List<Account> findActive(long companyId, CompanyRole first, Pageable page);

    @Query("select count(a) from Account a where a.companyId = :companyId and a.removedAt is null")
    long countActive(long companyId);

    @Query("select count(a) from Account a where a.companyId = :companyId and a.removedAt is null and a.companyRole = :role")
    long countActive(long companyId, CompanyRole role);

    Optional<Account> findByIdAndCompanyId(long id, long companyId);
}
