package ch.guichetai.registration;

import ch.guichetai.account.Account.BeneficiaryIdentity;
import ch.guichetai.account.Account.Person;
import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts.BankAccountDraft;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.NewAccount;
import ch.guichetai.account.UserAndAccount;
import ch.guichetai.canton.Canton;
import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Language;
import ch.guichetai.canton.Role;
import ch.guichetai.company.Companies;
import ch.guichetai.company.Company;
import ch.guichetai.company.NewCompany;
import ch.guichetai.identity.EmailAlreadyRegisteredException;
import ch.guichetai.identity.KeycloakUsers;
import ch.guichetai.identity.NewUser;
import ch.guichetai.identity.PasswordRefusedException;
import ch.guichetai.limits.ClientAddress;
import ch.guichetai.limits.Limit;
import ch.guichetai.limits.RateLimits;
import ch.guichetai.notification.Mail;
import ch.guichetai.notification.Mailer;
import ch.guichetai.primitives.EmailAddress;
import ch.guichetai.primitives.Gln;
import ch.guichetai.primitives.Iban;
import ch.guichetai.primitives.PhoneNumber;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.primitives.UidNumber;
import ch.guichetai.tenant.PublicUrls;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.validation.FieldCheck;
import ch.guichetai.validation.InvalidInputException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registration of individuals and companies in the current canton. The Keycloak user and the
 * account are created together or not at all ({@link UserAndAccount}).
 * <p>
 * An address already registered in the canton (account or Keycloak user) is answered exactly as a
 * new registration, and its owner is told by e-mail: the form never reveals who is a customer.
 * Registrations and the mails they cause are limited per address and per client (ADR 0016).
 */
@Service
public class Registrations {

    private static final Logger log = LoggerFactory.getLogger(Registrations.class);

    private final KeycloakUsers users;
    private final Accounts accounts;
    private final Companies companies;
    private final TransactionTemplate transaction;
    private final UserAndAccount userAndAccount;
    private final CantonCatalog cantons;
    private final PublicUrls urls;
    private final Mailer mailer;
    private final RateLimits limits;
    private final Duration minimumAnswerTime;

    Registrations(KeycloakUsers users, Accounts accounts, Companies companies, TransactionTemplate transaction,
                  UserAndAccount userAndAccount,
                  CantonCatalog cantons, PublicUrls urls, Mailer mailer, RateLimits limits,
                  @Value("${guichet.registration.minimum-answer-time:PT1.5S}") Duration minimumAnswerTime) {
        this.users = users;
        this.accounts = accounts;
        this.companies = companies;
        this.transaction = transaction;
        this.userAndAccount = userAndAccount;
        this.cantons = cantons;
        this.urls = urls;
        this.mailer = mailer;
        this.limits = limits;
        this.minimumAnswerTime = minimumAnswerTime;
    }

    /**
     * Registers a beneficiary and/or legal representative; the verification e-mail is on its way.
     * Empty when the address was already registered: its owner got an e-mail instead, and the user
     * must be answered exactly as when an account is returned.
     *
     * @throws ch.guichetai.limits.TooManyRequestsException past a limit of ADR 0016 (nothing created, no mail)
     */
    public Optional<Account> registerIndividual(IndividualRegistration form, Language language, ClientAddress client) {
        FieldCheck check = new FieldCheck();
        check.require(form.isBeneficiary() || form.isLegalRepresentative(), "roles", "invalid.registration.role-required");
        PostalAddress address = check.address("", form.getStreet(), form.getPostalCode(), form.getLocality(), form.getCountry());
        Person person = person(check, form, address);
        Iban iban = check.value("iban", () -> Iban.of(form.getIban()));
        String holder = check.text("accountHolder", form.getAccountHolder(), 140);
        Optional<BeneficiaryIdentity> beneficiary = form.isBeneficiary()
                ? BeneficiaryIdentity.checked(check, form.getBirthDate(), form.getAvsNumber(), form.isMinorOrUnderGuardianship())
                : Optional.empty();
        PasswordRules.check(check, form);
        check.require(form.isConfirmed(), "confirmed", "invalid.registration.confirm-required");
        check.throwIfAny();

        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (form.isBeneficiary()) {
            roles.add(Role.BENEFICIARY);
        }
        if (form.isLegalRepresentative()) {
            roles.add(Role.LEGAL_REPRESENTATIVE);
        }
        return register(person, form.getPassword(), language, roles, client,
                subject -> accounts.create(NewAccount.individual(subject, person, language, form.isLegalRepresentative(),
                        beneficiary), new BankAccountDraft(iban, holder)));
    }

    /**
     * Registers a company and its Gérant-to-be; the office decides before anyone can log in. Empty
     * when the Gérant's address was already registered (see {@link #registerIndividual}).
     */
    public Optional<Company> registerCompany(CompanyRegistration form, Language language, ClientAddress client) {
        FieldCheck check = new FieldCheck();
        String name = check.text("companyName", form.getCompanyName(), 200);
        Gln gln = check.value("gln", () -> Gln.of(form.getGln()));
        Optional<UidNumber> uid = form.getUid() == null || form.getUid().isBlank() ? Optional.empty()
                : Optional.ofNullable(check.value("uid", () -> UidNumber.of(form.getUid())));
        PostalAddress address = check.address("", form.getStreet(), form.getPostalCode(), form.getLocality(), form.getCountry());
        Person person = person(check, form, address);
        PasswordRules.check(check, form);
        check.require(form.isConditionsAccepted(), "conditionsAccepted", "invalid.registration.conditions-required");
        if (gln != null && companies.glnTaken(gln)) {
            check.problem("gln", "invalid.gln.taken");
        }
        check.throwIfAny();

        Company[] saved = new Company[1];
        return register(person, form.getPassword(), language, Set.of(), client, subject -> {
            saved[0] = companies.register(new NewCompany(name, gln, uid, address));
            return accounts.create(NewAccount.companyMember(subject, person, language, saved[0].id(),
                    Account.CompanyRole.MANAGER), null);
        }).map(account -> saved[0]);
    }

    /**
     * Sends the verification e-mail again (the banner's "Renvoyez-moi un nouvel email!").
     *
     * @throws ch.guichetai.limits.TooManyRequestsException past the account's limit (no mail sent)
     */
    public void resendVerificationEmail(Account account) {
        CantonCode canton = TenantContext.current();
        limits.take(Limit.VERIFICATION_PER_ACCOUNT, canton.value() + ":" + account.id());
        users.sendVerificationEmail(canton, account.subject(), afterVerification());
    }

    /** True once the user has clicked the link; remembered in the account from then on. */
    public boolean emailVerified(Account account) {
        if (account.isEmailVerified()) {
            return true;
        }
        boolean verified = users.isEmailVerified(TenantContext.current(), account.subject());
        if (verified) {
            accounts.markEmailVerified(account.id());
        }
        return verified;
    }

    private Optional<Account> register(Person person, String password, Language language, Set<Role> roles,
                                       ClientAddress client, Function<String, Account> saveAccount) {
        CantonCode canton = TenantContext.current();
        long started = System.nanoTime();
        // Counted before the address is looked up, so that the limits answer alike for known and unknown addresses.
        limits.take(Limit.REGISTRATION_PER_CLIENT, client.key());
        limits.take(Limit.REGISTRATION_PER_ADDRESS, canton.value() + ":" + person.email().value().toLowerCase(Locale.ROOT));
        try {
            return createUserAndAccount(canton, person, password, language, roles, saveAccount);
        } finally {
            answerNotBefore(started);
        }
    }

    private Optional<Account> createUserAndAccount(CantonCode canton, Person person, String password, Language language,
                                                   Set<Role> roles, Function<String, Account> saveAccount) {
        if (accounts.emailTaken(person.email())) {
            return alreadyRegistered(person.email(), language);
        }
        Account account;
        try {
            account = userAndAccount.create(canton, new NewUser(person.email(), person.firstName(), person.lastName(),
                    person.mobile(), password, language, roles), saveAccount);
        } catch (EmailAlreadyRegisteredException e) {
            return alreadyRegistered(person.email(), language); // a user of the realm without account here, or at the same moment
        } catch (PasswordRefusedException e) {
            log.info("Keycloak refused a password that passed our checks: {}", e.getMessage());
            throw new InvalidInputException("password", PasswordRules.refusedByKeycloak(e.getMessage()));
        }
        try {
            users.sendVerificationEmail(canton, account.subject(), afterVerification());
        } catch (RuntimeException e) {
            // The account exists; the banner of the Guichet offers to send the link again.
            log.warn("Verification e-mail for account {} not sent: {}", account.id(), e.getMessage());
        }
        return Optional.of(account);
    }

    /**
     * Tells the owner of an address that someone tried to register with it (in the account's
     * language, else in the form's), through the outbox; the caller answers as for a new account.
     */
    private Optional<Account> alreadyRegistered(EmailAddress email, Language formLanguage) {
        Canton canton = cantons.require(TenantContext.current());
        transaction.executeWithoutResult(status -> {
            Language language = accounts.byEmail(email).map(Account::language).orElse(formLanguage);
            mailer.queue(email, language, new Mail.RegistrationAttempt(urls.home(canton), canton.office().name().in(language)));
        });
        log.info("registration with an address already registered in {}: its owner was told by e-mail", canton.code());
        return Optional.empty();
    }

    /**
     * A known address is answered without asking Keycloak, hence faster: every registration that
     * passed the checks is answered no sooner than the minimum answer time, so that the time does
     * not tell known addresses apart (a new one takes about half a second here, more under load).
     */
    private void answerNotBefore(long started) {
        long remaining = minimumAnswerTime.toNanos() - (System.nanoTime() - started);
        if (remaining > 0) {
            try {
                Thread.sleep(Duration.ofNanos(remaining));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private String afterVerification() {
        Canton canton = cantons.require(TenantContext.current());
        return urls.home(canton) + "guichet";
    }


    private static Person person(FieldCheck check, RegistrationForm form, PostalAddress address) {
        check.required("title", form.getTitle());
        String last = check.name("lastName", form.getLastName());
        String first = check.name("firstName", form.getFirstName());
        EmailAddress email = check.value("email", () -> EmailAddress.of(form.getEmail()));
        PhoneNumber mobile = check.value("mobile", () -> PhoneNumber.mobileOf(form.getMobileCountry(), form.getMobile()));
        if (form.getTitle() == null || last == null || first == null || address == null || email == null
                || mobile == null) {
            return null;
        }
        return new Person(form.getTitle(), last, first, address, email, mobile);
    }


}
