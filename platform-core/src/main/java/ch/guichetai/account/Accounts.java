package ch.guichetai.account;

import ch.guichetai.account.Account.CompanyRole;
import ch.guichetai.audit.AuditAction;
import ch.guichetai.audit.AuditTrail;
import ch.guichetai.identity.Actor;
import ch.guichetai.paging.Rows;
import ch.guichetai.primitives.EmailAddress;
import ch.guichetai.primitives.Iban;
import ch.guichetai.primitives.PhoneNumber;
import ch.guichetai.validation.FieldCheck;
import ch.guichetai.validation.InvalidInputException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of the current canton (every query is limited to it by the tenant column), and
 * their bank accounts: the one module that writes the {@code account} and {@code bank_account}
 * tables. Others read {@link Account} and {@link BankAccount}, records of what was read (ADR 0023).
 */
@Service
@Transactional(readOnly = true)
public class Accounts {

    private final AccountRepository accounts;
    private final BankAccountRepository bankAccounts;
    private final AuditTrail audit;

    Accounts(AccountRepository accounts, BankAccountRepository bankAccounts, AuditTrail audit) {
        this.accounts = accounts;
        this.bankAccounts = bankAccounts;
        this.audit = audit;
    }

    public Optional<Account> bySubject(String subject) {
        return accounts.findBySubject(subject).map(StoredAccount::view);
    }

    public Optional<Account> byId(long id) {
        return accounts.findById(id).map(StoredAccount::view);
    }

    public boolean emailTaken(EmailAddress email) {
        return accounts.existsByEmail(email);
    }

    public Optional<Account> byEmail(EmailAddress email) {
        return accounts.findByEmail(email).map(StoredAccount::view);
    }

    /** Every member the company ever had, the removed ones too, by name. */
    public List<Account> membersOf(long companyId) {
        return views(accounts.findByCompanyIdOrderByLastNameAscFirstNameAsc(companyId));
    }

    /** The members still in the company, its Gérants first, then by name; a page at a time. */
    public List<Account> activeMembersOf(long companyId, int offset, int limit) {
        return views(accounts.findActive(companyId, CompanyRole.MANAGER,
                new Rows(offset, limit).pageable(Sort.unsorted())));
    }

    public long countActiveMembersOf(long companyId) {
        return accounts.countActive(companyId);
    }

    public long countActiveMembersOf(long companyId, CompanyRole role) {
        return accounts.countActive(companyId, role);
    }

    /** The member of this id still in the company; empty for anyone else (another company's member, a removed one). */
    public Optional<Account> activeMemberOf(long companyId, long accountId) {
        return accounts.findByIdAndCompanyId(accountId, companyId).map(StoredAccount::view)
                .filter(member -> !member.isRemoved());
    }

    /** The Gérant of each of these companies, in one query. */
    public Map<Long, Account> managersOf(Collection<Long> companyIds) {
        if (companyIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Account> managers = new HashMap<>();
        accounts.findByCompanyIdInAndCompanyRole(companyIds, CompanyRole.MANAGER).stream().map(StoredAccount::view)
                .forEach(manager -> managers.putIfAbsent(manager.companyId().orElseThrow(), manager));
        return managers;
    }

    /** The bank accounts the actor may be paid on: their own, or their company's for a member; none for anyone else. */
    public List<BankAccount> bankAccountsOf(Actor actor) {
        return of(actor).map(account -> bankViews(account.companyId()
                .map(bankAccounts::findByCompanyIdOrderByCreatedAtAscIdAsc)
                .orElseGet(() -> bankAccounts.findByAccountIdOrderByCreatedAt(account.id())))).orElse(List.of());
    }

    /** Saves a new account with its first bank account, in the caller's transaction. */
    @Transactional
    public Account create(NewAccount account, BankAccountDraft firstBankAccount) {
        StoredAccount saved = accounts.saveAndFlush(StoredAccount.of(account));
        if (firstBankAccount != null) {
            bankAccounts.saveAndFlush(account.companyId()
                    .map(company -> StoredBankAccount.ofCompany(company, firstBankAccount))
                    .orElseGet(() -> StoredBankAccount.ofAccount(saved.id(), firstBankAccount)));
        }
        return saved.view();
    }

    @Transactional
    public void markEmailVerified(long accountId) {
        accounts.findById(accountId).ifPresent(StoredAccount::markEmailVerified);
    }

    /**
     * Adds a bank account to an individual's account. The holder is checked against the person
     * only by the caller's warning: a parent may rightly be paid for a child.
     */
    @Transactional
    public BankAccount addBankAccount(Actor actor, String iban, String holder) {
        StoredAccount owner = individual(actor);
        BankAccount added = bankAccounts.save(StoredBankAccount.ofAccount(owner.id(), BankAccountDraft.of(iban, holder))).view();
        audit.record(actor, AuditAction.BANK_ACCOUNT_ADDED, AuditTrail.BANK_ACCOUNT, added.id(), added.summary());
        return added;
    }

    /**
     * Changes the IBAN and holder of one of the person's own bank accounts, with the checks of
     * {@link #addBankAccount}: another person's account, or one of another canton, is unknown here.
     */
    @Transactional
    public BankAccount changeBankAccount(Actor actor, long bankAccountId, String iban, String holder) {
        StoredAccount owner = individual(actor);
        StoredBankAccount bankAccount = bankAccounts.findByIdAndAccountId(bankAccountId, owner.id())
                .orElseThrow(() -> new UnknownBankAccountException(bankAccountId));
        BankAccount before = bankAccount.view();
        bankAccount.change(BankAccountDraft.of(iban, holder));
        audit.record(actor, AuditAction.BANK_ACCOUNT_CHANGED, AuditTrail.BANK_ACCOUNT, bankAccountId,
                before.summary() + " → " + bankAccount.view().summary());
        return bankAccount.view();
    }

    /** Removes one of the person's own bank accounts; the last one stays (reimbursements need one). */
    @Transactional
    public void removeBankAccount(Actor actor, long bankAccountId) {
        StoredAccount owner = individual(actor);
        StoredBankAccount bankAccount = bankAccounts.findByIdAndAccountId(bankAccountId, owner.id())
                .orElseThrow(() -> new UnknownBankAccountException(bankAccountId));
        if (bankAccounts.countByAccountId(owner.id()) <= 1) {
            throw new LastBankAccountException();
        }
        bankAccounts.delete(bankAccount);
        audit.record(actor, AuditAction.BANK_ACCOUNT_REMOVED, AuditTrail.BANK_ACCOUNT, bankAccountId,
                bankAccount.view().summary());
    }

    /** The actor's own account in the current canton; empty for office staff and for another canton's login. */
    public Optional<Account> of(Actor actor) {
        return row(actor).map(StoredAccount::view);
    }

    /** The actor's own account, re-read here; anyone without one in the current canton is refused. */
    Account own(Actor actor) {
        return ownRow(actor).view();
    }

    private Optional<StoredAccount> row(Actor actor) {
        return actor.accountId().filter(id -> actor.actsInCurrentCanton()).flatMap(accounts::findById)
                .filter(account -> account.subject().equals(actor.subject()));
    }

    private StoredAccount ownRow(Actor actor) {
        return row(actor).orElseThrow(() -> new Actor.NotAllowedException(actor, "the owner of an account here"));
    }

    private StoredAccount individual(Actor actor) {
        StoredAccount account = ownRow(actor);
        if (account.kind() != Account.Kind.INDIVIDUAL) {
            throw new Actor.NotAllowedException(actor, "an individual (a company's data is managed by its Gérant)");
        }
        return account;
    }

    // ---- Ma société: the account feature writes its rows; companyadmin decides who may ----
    // The Gérant and the member are re-read here, in the caller's transaction: a record says only whom.

    /**
     * A company's member gets another role. {@code manager} is the acting Gérant, checked by the
     * caller (companyadmin) in this transaction; here only that both are of the same company.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeCompanyRole(Account manager, Account member, CompanyRole role) {
        memberRow(manager, member).changeCompanyRole(role);
    }

    /** The member leaves the company; the row stays so that their past requests remain theirs. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void removeFromCompany(Account manager, Account member) {
        memberRow(manager, member).markRemoved();
    }

    /** The Gérant changed the member's title, name, mobile and e-mail (a new e-mail is unverified). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Account changeMember(Account manager, Account member, Account.Person person) {
        StoredAccount row = memberRow(manager, member);
        Account current = row.view();
        row.changeInformation(new Account.Information(person.title(), person.lastName(), person.firstName(),
                current.address(), Optional.empty()));
        row.changeMobile(person.mobile());
        if (!person.email().equals(current.email())) {
            row.changeEmail(person.email(), false);
        }
        return row.view();
    }

    public List<BankAccount> companyBankAccounts(long companyId) {
        return bankViews(bankAccounts.findByCompanyIdOrderByCreatedAtAscIdAsc(companyId));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public BankAccount addCompanyBankAccount(Account manager, BankAccountDraft draft) {
        return bankAccounts.save(StoredBankAccount.ofCompany(companyOf(manager), draft)).view();
    }

    /**
     * Empty when the company has no bank account of this id (another company's is not told apart),
     * before IBAN and holder are checked ({@link BankAccountDraft#of}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<BankAccount> changeCompanyBankAccount(Account manager, long bankAccountId, String iban, String holder) {
        Optional<StoredBankAccount> bankAccount = bankAccounts.findByIdAndCompanyId(bankAccountId, companyOf(manager));
        bankAccount.ifPresent(row -> row.change(BankAccountDraft.of(iban, holder)));
        return bankAccount.map(StoredBankAccount::view);
    }

    public enum CompanyBankAccountRemoval { REMOVED, UNKNOWN, LAST }

    /** Never the last one: the caller holds the company's lock, so the count is current. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CompanyBankAccountRemoval removeCompanyBankAccount(Account manager, long bankAccountId) {
        long company = companyOf(manager);
        Optional<StoredBankAccount> bankAccount = bankAccounts.findByIdAndCompanyId(bankAccountId, company);
        if (bankAccount.isEmpty()) {
            return CompanyBankAccountRemoval.UNKNOWN;
        }
        if (bankAccounts.countByCompanyId(company) <= 1) {
            return CompanyBankAccountRemoval.LAST;
        }
        bankAccounts.delete(bankAccount.get());
        return CompanyBankAccountRemoval.REMOVED;
    }

    /** The company of which {@code manager}, as stored now, is a Gérant. */
    private long companyOf(Account manager) {
        Account stored = accounts.findById(manager.id()).map(StoredAccount::view)
                .filter(account -> !account.isRemoved() && account.companyRole().orElse(null) == CompanyRole.MANAGER)
                .orElseThrow(() -> new IllegalArgumentException("account " + manager.id() + " is no Gérant"));
        return stored.companyId().orElseThrow();
    }

    /** The row of {@code member}, if it is of the company of which {@code manager} is a Gérant. */
    private StoredAccount memberRow(Account manager, Account member) {
        long company = companyOf(manager);
        return accounts.findByIdAndCompanyId(member.id(), company)
                .orElseThrow(() -> new IllegalArgumentException("account " + member.id() + " is no member of the Gérant's company"));
    }

    private static List<Account> views(List<StoredAccount> rows) {
        return rows.stream().map(StoredAccount::view).toList();
    }

    private static List<BankAccount> bankViews(List<StoredBankAccount> rows) {
        return rows.stream().map(StoredBankAccount::view).toList();
    }

    /** True when the holder does not look like the person: the seeds ask to warn, as payments may be refused. */
    public static boolean holderDiffersFrom(Account person, String holder) {
        Function<String, String> normal = text -> Normalizer
                .normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
        String given = normal.apply(holder == null ? "" : holder);
        return !given.equals(normal.apply(person.firstName() + " " + person.lastName()))
                && !given.equals(normal.apply(person.lastName() + " " + person.firstName()));
    }

    /**
     * No such bank account of this person: removed meanwhile (another tab), or someone else's or
     * another canton's, which are answered alike.
     */
    public static class UnknownBankAccountException extends IllegalArgumentException {
        UnknownBankAccountException(long bankAccountId) {
            super("no bank account " + bankAccountId + " of this account");
        }
    }

    /** The last bank account of a person cannot be removed. */
    public static class LastBankAccountException extends RuntimeException {
        LastBankAccountException() {
            super("the last bank account cannot be removed");
        }
    }

    /** An IBAN and its holder, before they are saved. */
    public record BankAccountDraft(Iban iban, String holder) {

        /**
         * The typed IBAN and holder checked field by field ({@code iban}, {@code holder}): the same
         * checks for a person's and a company's bank account, new or changed.
         *
         * @throws InvalidInputException what is wrong with each field
         */
        public static BankAccountDraft of(String iban, String holder) {
            FieldCheck check = new FieldCheck();
            Iban parsed = check.value("iban", () -> Iban.of(iban));
            String holderName = check.text("holder", holder, 140);
            check.throwIfAny();
            return new BankAccountDraft(parsed, holderName);
        }
    }

    /**
     * Saves a person's own information ("Mes informations"): only the actor's own account, in the
     * current canton, and only if nobody changed it since {@code seenVersion} was shown. A company
     * member's information is managed by the Gérant.
     */
    @Transactional
    public Account changeInformation(Actor actor, int seenVersion, Account.Information information) {
        StoredAccount account = individual(actor);
        if (account.version() != seenVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Account.class, account.id());
        }
        account.changeInformation(information);
        return accounts.saveAndFlush(account).view();
    }

    /**
     * Follows the identity held by Keycloak (e-mail, its verification, mobile number) at sign-in.
     * Returns the previous e-mail address when it changed. An address that another account of the
     * canton still holds is not taken over (Keycloak keeps addresses unique in the realm, so that
     * account changed its address and will follow at its own next sign-in).
     */
    @Transactional
    public Optional<EmailAddress> followIdentity(String subject, EmailAddress email, boolean emailVerified,
                                                 PhoneNumber mobile) {
        Optional<StoredAccount> found = accounts.findBySubject(subject);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Account account = found.get().view();
        StoredAccount row = found.get();
        Optional<EmailAddress> previous = Optional.empty();
        if (email != null && !email.equals(account.email())) {
            if (accounts.existsByEmail(email)) {
                log.warn("account {} keeps its e-mail: the new one is still held by another account", account.id());
            } else {
                previous = Optional.of(account.email());
                row.changeEmail(email, emailVerified);
            }
        } else if (emailVerified && !account.isEmailVerified()) {
            row.markEmailVerified();
        }
        if (mobile != null && !mobile.equals(account.mobile())) {
            row.changeMobile(mobile);
        }
        return previous;
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Accounts.class);
}
