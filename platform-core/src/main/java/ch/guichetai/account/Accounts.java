package ch.guichetai.account;

import ch.guichetai.identity.Actor;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

    public Optional<Account> byEmail(EmailAddress email) {
        return accounts.findByEmail(email);
    }

    public List<Account> membersOf(long companyId) {
        return accounts.findByCompanyIdOrderByLastNameAscFirstNameAsc(companyId);
    }

    /** The Gérant of each of these companies, in one query. */
    public Map<Long, Account> managersOf(Collection<Long> companyIds) {
        if (companyIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Account> managers = new HashMap<>();
        accounts.findByCompanyIdInAndCompanyRole(companyIds, Account.CompanyRole.MANAGER)
                .forEach(manager -> managers.putIfAbsent(manager.companyId().orElseThrow(), manager));
        return managers;
    }

    /** The bank accounts the actor may be paid on: their own, or their company's for a member; none for anyone else. */
    public List<BankAccount> bankAccountsOf(Actor actor) {
        return of(actor).map(account -> account.companyId()
                .map(bankAccounts::findByCompanyIdOrderByCreatedAtAscIdAsc)
                .orElseGet(() -> bankAccounts.findByAccountIdOrderByCreatedAt(account.id()))).orElse(List.of());
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

    /**
     * Adds a bank account to an individual's account. The holder is checked against the person
     * only by the caller's warning: a parent may rightly be paid for a child.
     */
    @Transactional
    public BankAccount addBankAccount(Actor actor, String iban, String holder) {
        Account owner = individual(actor);
        BankAccountDraft draft = BankAccountDraft.of(iban, holder);
        return bankAccounts.save(BankAccount.ofAccount(owner.id(), draft.iban(), draft.holder()));
    }

    /**
     * Changes the IBAN and holder of one of the person's own bank accounts, with the checks of
     * {@link #addBankAccount}: another person's account, or one of another canton, is unknown here.
     */
    @Transactional
    public BankAccount changeBankAccount(Actor actor, long bankAccountId, String iban, String holder) {
        Account owner = individual(actor);
        BankAccount bankAccount = bankAccounts.findByIdAndAccountId(bankAccountId, owner.id())
                .orElseThrow(() -> new UnknownBankAccountException(bankAccountId));
        BankAccountDraft draft = BankAccountDraft.of(iban, holder);
        bankAccount.change(draft.iban(), draft.holder());
        return bankAccount;
    }

    /** Removes one of the person's own bank accounts; the last one stays (reimbursements need one). */
    @Transactional
    public void removeBankAccount(Actor actor, long bankAccountId) {
        Account owner = individual(actor);
        BankAccount bankAccount = bankAccounts.findByIdAndAccountId(bankAccountId, owner.id())
                .orElseThrow(() -> new UnknownBankAccountException(bankAccountId));
        if (bankAccounts.countByAccountId(owner.id()) <= 1) {
            throw new LastBankAccountException();
        }
        bankAccounts.delete(bankAccount);
    }

    /** The actor's own account in the current canton; empty for office staff and for another canton's login. */
    public Optional<Account> of(Actor actor) {
        return actor.accountId().filter(id -> actor.actsInCurrentCanton()).flatMap(accounts::findById)
                .filter(account -> account.subject().equals(actor.subject()));
    }

    /** The actor's own account, re-read here; anyone without one in the current canton is refused. */
    Account own(Actor actor) {
        return of(actor).orElseThrow(() -> new Actor.NotAllowedException(actor, "the owner of an account here"));
    }

    private Account individual(Actor actor) {
        Account account = own(actor);
        if (account.kind() != Account.Kind.INDIVIDUAL) {
            throw new Actor.NotAllowedException(actor, "an individual (a company's data is managed by its Gérant)");
        }
        return account;
    }

    // ---- Ma société: the account feature writes its rows; companyadmin decides who may ----

    /**
     * A company's member gets another role. {@code manager} is the acting Gérant, checked by the
     * caller (companyadmin) in this transaction; here only that both are of the same company.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeCompanyRole(Account manager, Account member, Account.CompanyRole role) {
        requireSameCompany(manager, member);
        member.changeCompanyRole(role);
    }

    /** The member leaves the company; the row stays so that their past requests remain theirs. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void removeFromCompany(Account manager, Account member) {
        requireSameCompany(manager, member);
        member.markRemoved();
    }

    /** The Gérant changed the member's title, name, mobile and e-mail (a new e-mail is unverified). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeMember(Account manager, Account member, Account.Person person) {
        requireSameCompany(manager, member);
        member.changeInformation(new Account.Information(person.title(), person.lastName(), person.firstName(),
                member.address(), Optional.empty()));
        member.changeMobile(person.mobile());
        if (!person.email().equals(member.email())) {
            member.changeEmail(person.email(), false);
        }
    }

    public List<BankAccount> companyBankAccounts(long companyId) {
        return bankAccounts.findByCompanyIdOrderByCreatedAtAscIdAsc(companyId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public BankAccount addCompanyBankAccount(Account manager, BankAccountDraft draft) {
        return bankAccounts.save(BankAccount.ofCompany(companyOf(manager), draft.iban(), draft.holder()));
    }

    /**
     * Empty when the company has no bank account of this id (another company's is not told apart),
     * before IBAN and holder are checked ({@link BankAccountDraft#of}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<BankAccount> changeCompanyBankAccount(Account manager, long bankAccountId, String iban, String holder) {
        Optional<BankAccount> bankAccount = bankAccounts.findByIdAndCompanyId(bankAccountId, companyOf(manager));
        if (bankAccount.isPresent()) {
            BankAccountDraft draft = BankAccountDraft.of(iban, holder);
            bankAccount.get().change(draft.iban(), draft.holder());
        }
        return bankAccount;
    }

    public enum CompanyBankAccountRemoval { REMOVED, UNKNOWN, LAST }

    /** Never the last one: the caller holds the company's lock, so the count is current. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CompanyBankAccountRemoval removeCompanyBankAccount(Account manager, long bankAccountId) {
        long company = companyOf(manager);
        Optional<BankAccount> bankAccount = bankAccounts.findByIdAndCompanyId(bankAccountId, company);
        if (bankAccount.isEmpty()) {
            return CompanyBankAccountRemoval.UNKNOWN;
        }
        if (bankAccounts.countByCompanyId(company) <= 1) {
            return CompanyBankAccountRemoval.LAST;
        }
        bankAccounts.delete(bankAccount.get());
        return CompanyBankAccountRemoval.REMOVED;
    }

    private static long companyOf(Account manager) {
        if (manager.isRemoved() || manager.companyRole().orElse(null) != Account.CompanyRole.MANAGER) {
            throw new IllegalArgumentException("account " + manager.id() + " is no Gérant");
        }
        return manager.companyId().orElseThrow();
    }

    private static void requireSameCompany(Account manager, Account member) {
        if (companyOf(manager) != member.companyId().orElse(-1L)) {
            throw new IllegalArgumentException("account " + member.id() + " is no member of the Gérant's company");
        }
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
        Account account = individual(actor);
        if (account.version() != seenVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Account.class, account.id());
        }
        account.changeInformation(information);
        return accounts.saveAndFlush(account);
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
        Optional<Account> found = accounts.findBySubject(subject);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Account account = found.get();
        Optional<EmailAddress> previous = Optional.empty();
        if (email != null && !email.equals(account.email())) {
            if (accounts.existsByEmail(email)) {
                log.warn("account {} keeps its e-mail: the new one is still held by another account", account.id());
            } else {
                previous = Optional.of(account.email());
                account.changeEmail(email, emailVerified);
            }
        } else if (emailVerified && !account.isEmailVerified()) {
            account.markEmailVerified();
        }
        if (mobile != null && !mobile.equals(account.mobile())) {
            account.changeMobile(mobile);
        }
        return previous;
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Accounts.class);
}
