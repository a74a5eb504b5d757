package ch.guichetai.account;

import ch.guichetai.account.Account.BeneficiaryIdentity;
import ch.guichetai.account.Account.CompanyRole;
import ch.guichetai.account.Account.Kind;
import ch.guichetai.account.Account.Person;
import ch.guichetai.account.Account.Title;
import ch.guichetai.canton.Language;
import ch.guichetai.primitives.AvsNumber;
import ch.guichetai.primitives.AvsNumberConverter;
import ch.guichetai.primitives.EmailAddress;
import ch.guichetai.primitives.EmailAddressConverter;
import ch.guichetai.primitives.PhoneNumber;
import ch.guichetai.primitives.PhoneNumberConverter;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The row of an account ({@link Account} is what other modules see). */
@Entity(name = "Account")
@Table(name = "account")
class StoredAccount extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject", nullable = false, length = 36, updatable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private Kind kind;

    @Convert(converter = EmailAddressConverter.class)
    @Column(name = "email", nullable = false, length = 254)
    private EmailAddress email;

    @Enumerated(EnumType.STRING)
    @Column(name = "title", nullable = false, length = 3)
    private Title title;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Embedded
    private PostalAddress address;

    @Convert(converter = PhoneNumberConverter.class)
    @Column(name = "mobile", nullable = false, length = 20)
    private PhoneNumber mobile;

    @Column(name = "beneficiary", nullable = false)
    private boolean beneficiary;

    @Column(name = "legal_representative", nullable = false)
    private boolean legalRepresentative;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Convert(converter = AvsNumberConverter.class)
    @Column(name = "avs_number", length = 13)
    private AvsNumber avsNumber;

    @Column(name = "minor_or_under_guardianship", nullable = false)
    private boolean minorOrUnderGuardianship;

    @Column(name = "company_id")
    private Long companyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "company_role", length = 20)
    private CompanyRole companyRole;

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    @Column(name = "language", nullable = false, length = 2)
    private String language;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Version
    private int version;

    protected StoredAccount() {
    }

    static StoredAccount of(NewAccount account) {
        StoredAccount row = new StoredAccount();
        row.subject = account.subject();
        row.kind = account.kind();
        Person person = account.person();
        row.email = person.email();
        row.title = person.title();
        row.lastName = person.lastName();
        row.firstName = person.firstName();
        row.address = person.address();
        row.mobile = person.mobile();
        row.language = account.language().code();
        row.legalRepresentative = account.legalRepresentative();
        account.beneficiary().ifPresent(identity -> {
            row.beneficiary = true;
            row.setBeneficiaryIdentity(identity);
        });
        row.companyId = account.companyId().orElse(null);
        row.companyRole = account.companyRole().orElse(null);
        row.emailVerified = account.emailVerified();
        row.createdAt = Instant.now();
        return row;
    }

    Account view() {
        return new Account(id, canton(), subject, kind, new Person(title, lastName, firstName, address, email, mobile),
                Language.of(Locale.forLanguageTag(language)).orElseThrow(), legalRepresentative,
                beneficiary ? Optional.of(new BeneficiaryIdentity(birthDate, avsNumber, minorOrUnderGuardianship))
                        : Optional.empty(),
                Optional.ofNullable(companyId), Optional.ofNullable(companyRole), emailVerified, createdAt,
                Optional.ofNullable(removedAt), version);
    }

    Long id() {
        return id;
    }

    String subject() {
        return subject;
    }

    Kind kind() {
        return kind;
    }

    int version() {
        return version;
    }

    void markEmailVerified() {
        emailVerified = true;
    }

    /** The Gérant gives a company member another role (the rule "never without a Gérant" is the caller's). */
    void changeCompanyRole(CompanyRole role) {
        if (companyId == null) {
            throw new IllegalStateException("account " + id + " is no company member");
        }
        companyRole = Objects.requireNonNull(role);
    }

    /** The member left the company: the row stays so that their past requests remain theirs. */
    void markRemoved() {
        if (removedAt == null) {
            removedAt = Instant.now();
        }
    }

    /**
     * The person changes their own information (Mes informations). A beneficiary keeps a date of
     * birth and an AVS number; a legal representative who is not a beneficiary has none.
     */
    void changeInformation(Account.Information information) {
        this.title = Objects.requireNonNull(information.title());
        this.lastName = Objects.requireNonNull(information.lastName());
        this.firstName = Objects.requireNonNull(information.firstName());
        this.address = Objects.requireNonNull(information.address());
        if (beneficiary) {
            setBeneficiaryIdentity(information.beneficiary()
                    .orElseThrow(() -> new IllegalArgumentException("a beneficiary keeps a date of birth and an AVS number")));
        }
    }

    /** The e-mail address changed in Keycloak (confirmed through a link sent to the new address). */
    void changeEmail(EmailAddress email, boolean verified) {
        this.email = Objects.requireNonNull(email);
        this.emailVerified = verified;
    }

    /** The mobile number changed in Keycloak (confirmed by an SMS code sent to the new number). */
    void changeMobile(PhoneNumber mobile) {
        this.mobile = Objects.requireNonNull(mobile);
    }

    private void setBeneficiaryIdentity(BeneficiaryIdentity identity) {
        this.birthDate = identity.birthDate();
        this.avsNumber = identity.avsNumber();
        this.minorOrUnderGuardianship = identity.minorOrUnderGuardianship();
    }
}
