package ch.guichetai.companyadmin;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts.BankAccountDraft;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.BankAccount;
import ch.guichetai.audit.AuditAction;
import ch.guichetai.audit.AuditTrail;
import ch.guichetai.identity.Actor;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank accounts of a company (seeds 002 §4.2.2): the members of the company see them, its
 * Gérant adds, changes and removes them; the last one stays (reimbursements need one). They are
 * rows of {@code bank_account} owned by the company, like the one given at the company's
 * registration.
 */
@Service
@Transactional(readOnly = true)
public class CompanyBankAccounts {

    private final Collaborators collaborators;
    private final Accounts accounts;
    private final AuditTrail audit;

    CompanyBankAccounts(Collaborators collaborators, Accounts accounts, AuditTrail audit) {
        this.collaborators = collaborators;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The bank accounts of the acting member's company, oldest first. */
    public List<BankAccount> of(Actor actor) {
        Account member = accounts.of(actor)
                .filter(account -> !account.isRemoved() && account.companyId().isPresent())
                .orElseThrow(Collaborators.NotAManagerException::new);
        return accounts.companyBankAccounts(member.companyId().orElseThrow());
    }

    /** Adds a bank account to the Gérant's company; IBAN and holder are checked field by field. */
    @Transactional
    public BankAccount add(Actor actor, String iban, String holder) {
        Account manager = collaborators.manager(actor);
        BankAccount added = accounts.addCompanyBankAccount(manager, BankAccountDraft.of(iban, holder));
        audit.record(actor, AuditAction.COMPANY_BANK_ACCOUNT_ADDED, AuditTrail.BANK_ACCOUNT, added.id(), added.summary());
        return added;
    }

    /**
     * Changes the IBAN and holder of one of the Gérant's company's bank accounts, with the checks
     * of {@link #add}: another company's account, or one of another canton, is unknown here.
     */
    @Transactional
    public BankAccount change(Actor actor, long bankAccountId, String iban, String holder) {
        Account manager = collaborators.manager(actor);
        String before = summaryOf(manager, bankAccountId);
        BankAccount changed = accounts.changeCompanyBankAccount(manager, bankAccountId, iban, holder)
                .orElseThrow(() -> new UnknownBankAccountException(bankAccountId));
        audit.record(actor, AuditAction.COMPANY_BANK_ACCOUNT_CHANGED, AuditTrail.BANK_ACCOUNT, bankAccountId,
                before + " → " + changed.summary());
        return changed;
    }

    /** Removes one of the company's bank accounts, never the last one (the company's row is locked meanwhile). */
    @Transactional(isolation = org.springframework.transaction.annotation.Isolation.READ_COMMITTED)
    public void remove(Actor actor, long bankAccountId) {
        Account manager = collaborators.lockCompanyOf(actor);
        String removed = summaryOf(manager, bankAccountId);
        switch (accounts.removeCompanyBankAccount(manager, bankAccountId)) {
            case UNKNOWN -> throw new UnknownBankAccountException(bankAccountId);
            case LAST -> throw new LastBankAccountException();
            case REMOVED -> audit.record(actor, AuditAction.COMPANY_BANK_ACCOUNT_REMOVED, AuditTrail.BANK_ACCOUNT,
                    bankAccountId, removed);
        }
    }

    /** The company's bank account as the audit trail names it, before it changes; empty if unknown. */
    private String summaryOf(Account manager, long bankAccountId) {
        return accounts.companyBankAccounts(manager.companyId().orElseThrow()).stream()
                .filter(account -> account.id() == bankAccountId).findFirst().map(BankAccount::summary).orElse("");
    }

    /** No bank account of this id in the Gérant's company. */
    public static class UnknownBankAccountException extends RuntimeException {
        public UnknownBankAccountException(long id) {
            super("no bank account " + id + " of this company");
        }
    }

    /** The last bank account of a company cannot be removed. */
    public static class LastBankAccountException extends RuntimeException {
        public LastBankAccountException() {
            super("the last bank account of a company cannot be removed");
        }
    }
}
