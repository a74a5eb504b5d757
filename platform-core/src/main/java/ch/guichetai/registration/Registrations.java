package ch.guichetai.registration;

import ch.guichetai.account.Account;
import ch.guichetai.account.Account.BeneficiaryIdentity;
import ch.guichetai.account.Account.Person;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.Accounts.BankAccountDraft;
import ch.guichetai.canton.Canton;
import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Language;
import ch.guichetai.company.Companies;
import ch.guichetai.company.Company;
import ch.guichetai.identity.EmailAlreadyRegisteredException;
import ch.guichetai.identity.KeycloakUsers;
import ch.guichetai.identity.NewUser;
import ch.guichetai.identity.PasswordRefusedException;
import ch.guichetai.identity.Role;
import ch.guichetai.primitives.AvsNumber;
import ch.guichetai.primitives.EmailAddress;
import ch.guichetai.primitives.Gln;
import ch.guichetai.primitives.Iban;
import ch.guichetai.primitives.PhoneNumber;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.primitives.UidNumber;
import ch.guichetai.tenant.PublicUrls;
import ch.guichetai.tenant.TenantContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registration of individuals and companies in the current canton. The Keycloak user and the
 * account are created together or not at all: the user first (Keycloak checks the e-mail once
 * more), then the account in one transaction; if that fails, the user is deleted again.
 */
@Service
public class Registrations {

    private static final Logger log = LoggerFactory.getLogger(Registrations.class);

    private final KeycloakUsers users;
    private final Accounts accounts;
    private final Companies companies;
    private final TransactionTemplate transaction;
    private final CantonCatalog cantons;
    private final PublicUrls urls;

    Registrations(KeycloakUsers users, Accounts accounts, Companies companies, TransactionTemplate transaction,
                  CantonCatalog cantons, PublicUrls urls) {
        this.users = users;
        this.accounts = accounts;
        this.companies = companies;
        this.transaction = transaction;
        this.cantons = cantons;
        this.urls = urls;
    }

    /** Registers a beneficiary and/or legal representative; the verification e-mail is on its way. */
    public Account registerIndividual(IndividualRegistration form, Language language) {
        FieldCheck check = new FieldCheck(RegistrationRejectedException::new);
        check.require(form.isBeneficiary() || form.isLegalRepresentative(), "roles", "invalid.registration.role-required");
        PostalAddress address = check.address("", form.getStreet(), form.getPostalCode(), form.getLocality(), form.getCountry());
        Person person = person(check, form, address);
        Iban iban = check.value("iban", () -> Iban.of(form.getIban()));
        String holder = check.text("accountHolder", form.getAccountHolder(), 140);
        Optional<BeneficiaryIdentity> beneficiary = Optional.empty();
        if (form.isBeneficiary()) {
            LocalDate birthDate = check.birthDate(form.getBirthDate());
            AvsNumber avs = check.value("avsNumber", () -> AvsNumber.of(form.getAvsNumber()));
            if (birthDate != null && avs != null) {
                beneficiary = Optional.of(new BeneficiaryIdentity(birthDate, avs, form.isMinorOrUnderGuardianship()));
            }
        }
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
        Optional<BeneficiaryIdentity> identity = beneficiary;
        return register(person, form.getPassword(), language, roles,
                subject -> accounts.create(Account.individual(subject, person, language, form.isLegalRepresentative(),
                        identity), new BankAccountDraft(iban, holder)));
    }

    /** Registers a company and its Gérant-to-be; the office decides before anyone can log in. */
    public Company registerCompany(CompanyRegistration form, Language language) {
        FieldCheck check = new FieldCheck(RegistrationRejectedException::new);
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
        register(person, form.getPassword(), language, Set.of(), subject -> {
            saved[0] = companies.register(new Company(name, gln, uid, address));
            return accounts.create(Account.companyMember(subject, person, language, saved[0].id(),
                    Account.CompanyRole.MANAGER), null);
        });
        return saved[0];
    }

    /** Sends the verification e-mail again (the banner's "Renvoyez-moi un nouvel email!"). */
    public void resendVerificationEmail(Account account) {
        users.sendVerificationEmail(TenantContext.current(), account.subject(), afterVerification());
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

    private Account register(Person person, String password, Language language, Set<Role> roles,
                             Function<String, Account> saveAccount) {
        CantonCode canton = TenantContext.current();
        if (accounts.emailTaken(person.email())) {
            throw emailTaken();
        }
        String subject;
        try {
            subject = users.create(canton, new NewUser(person.email(), person.firstName(), person.lastName(),
                    person.mobile(), password, language, roles));
        } catch (EmailAlreadyRegisteredException e) {
            throw emailTaken();
        } catch (PasswordRefusedException e) {
            log.info("Keycloak refused a password that passed our checks: {}", e.getMessage());
            throw new RegistrationRejectedException(java.util.Map.of("password",
                    new Problem("invalid.password.policy", PasswordRules.MIN_LENGTH)));
        }
        Account account;
        try {
            account = transaction.execute(status -> saveAccount.apply(subject));
        } catch (RuntimeException e) {
            users.delete(canton, subject);
            if (accounts.emailTaken(person.email())) {
                throw emailTaken(); // registered at the same moment by someone else
            }
            throw e;
        }
        try {
            users.sendVerificationEmail(canton, subject, afterVerification());
        } catch (RuntimeException e) {
            // The account exists; the banner of the Guichet offers to send the link again.
            log.warn("Verification e-mail for account {} not sent: {}", account.id(), e.getMessage());
        }
        return account;
    }

    private String afterVerification() {
        Canton canton = cantons.require(TenantContext.current());
        return urls.home(canton) + "guichet";
    }


    private static RegistrationRejectedException emailTaken() {
        return new RegistrationRejectedException(java.util.Map.of("email", new Problem("invalid.email.taken")));
    }

    private static Person person(FieldCheck check, RegistrationForm form, PostalAddress address) {
        check.require(form.getTitle() != null, "title", "invalid.required");
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
