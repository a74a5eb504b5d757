package ch.guichetai.account;

import ch.guichetai.primitives.EmailAddress;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts of the current canton (every query is limited to it by the tenant column). */
@Service
@Transactional(readOnly = true)
public class Accounts {

    private final AccountRepository accounts;
    private final BankAccountRepository bankAccounts;

    Accounts(AccountRepository accounts, BankAccountRepository bankAccounts) {
        this.accounts = accounts;
        this.bankAccounts = bankAccounts;
    }

    public Optional<Account> bySubject(String subject) {
        return accounts.findBySubject(subject);
    }

    public Optional<Account> byId(long id) {
        return accounts.findById(id);
    }

    public boolean emailTaken(EmailAddress email) {
        return accounts.existsByEmail(email);
    }

    public List<Account> membersOf(long companyId) {
        return accounts.findByCompanyIdOrderByLastNameAscFirstNameAsc(companyId);
    }

    /** The Gérant of each of these companies, in one query. */
    public java.util.Map<Long, Account> managersOf(java.util.Collection<Long> companyIds) {
        if (companyIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, Account> managers = new java.util.HashMap<>();
        accounts.findByCompanyIdInAndCompanyRole(companyIds, Account.CompanyRole.MANAGER)
                .forEach(manager -> managers.putIfAbsent(manager.companyId().orElseThrow(), manager));
        return managers;
    }

    public List<BankAccount> bankAccountsOf(Account account) {
        return account.companyId()
                .map(bankAccounts::findByCompanyIdOrderByCreatedAt)
                .orElseGet(() -> bankAccounts.findByAccountIdOrderByCreatedAt(account.id()));
    }

    /** Saves a new account with its first bank account, in the caller's transaction. */
    @Transactional
    public Account create(Account account, BankAccountDraft firstBankAccount) {
        Account saved = accounts.saveAndFlush(account);
        if (firstBankAccount != null) {
            bankAccounts.saveAndFlush(saved.companyId()
                    .map(company -> BankAccount.ofCompany(company, firstBankAccount.iban(), firstBankAccount.holder()))
                    .orElseGet(() -> BankAccount.ofAccount(saved.id(), firstBankAccount.iban(), firstBankAccount.holder())));
        }
        return saved;
    }

    @Transactional
    public void markEmailVerified(long accountId) {
        accounts.findById(accountId).ifPresent(Account::markEmailVerified);
    }

    /** An IBAN and its holder, before they are saved. */
    public record BankAccountDraft(ch.guichetai.primitives.Iban iban, String holder) {
    }
}
