package ch.guichetai.account;

import ch.guichetai.canton.Language;
import ch.guichetai.primitives.AvsNumber;
import ch.guichetai.primitives.AvsNumberConverter;
import ch.guichetai.primitives.EmailAddress;
import ch.guichetai.primitives.EmailAddressConverter;
import ch.guichetai.primitives.PhoneNumber;
import ch.guichetai.primitives.PhoneNumberConverter;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.tenant.TenantOwned;
import ch.guichetai.validation.FieldCheck;
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
import java.util.Objects;
import java.util.Optional;

/**
 * A person who logs in: an individual (beneficiary and/or legal representative) or a member of a
 * company. The identity (password, SMS number for the second factor) lives in Keycloak under
 * {@link #subject()}; this is what the office needs to know about the person.
 */
@Entity
@Table(name = "account")
public class Account extends TenantOwned {

    public enum Kind { INDIVIDUAL, COMPANY_MEMBER }

    public enum Title { MR, MRS }

    public enum CompanyRole { MANAGER, COLLABORATOR }

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

    protected Account() {
    }

    private Account(String subject, Kind kind, Person person, Language language) {
        this.subject = Objects.requireNonNull(subject);
        this.kind = kind;
        this.email = person.email();
        this.title = person.title();
        this.lastName = person.lastName();
        this.firstName = person.firstName();
        this.address = person.address();
        this.mobile = person.mobile();
        this.language = language.code();
        this.createdAt = Instant.now();
    }

    /** An individual: beneficiary (with date of birth and AVS number) and/or legal representative. */
    public static Account individual(String subject, Person person, Language language, boolean legalRepresentative,
                                     Optional<BeneficiaryIdentity> beneficiary) {
        if (!legalRepresentative && beneficiary.isEmpty()) {
            throw new IllegalArgumentException("an individual is a beneficiary, a legal representative, or both");
        }
        Account account = new Account(subject, Kind.INDIVIDUAL, person, language);
        account.legalRepresentative = legalRepresentative;
        beneficiary.ifPresent(identity -> {
            account.beneficiary = true;
            account.birthDate = identity.birthDate();
            account.avsNumber = identity.avsNumber();
            account.minorOrUnderGuardianship = identity.minorOrUnderGuardianship();
        });
        return account;
    }

    /** A member of a company; the registrant of a company is its manager once the office approves it. */
    public static Account companyMember(String subject, Person person, Language language, long companyId, CompanyRole role) {
        Account account = new Account(subject, Kind.COMPANY_MEMBER, person, language);
        account.companyId = companyId;
        account.companyRole = Objects.requireNonNull(role);
        return account;
    }

    public void markEmailVerified() {
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

    public boolean isRemoved() {
        return removedAt != null;
    }

    public Optional<Instant> removedAt() {
        return Optional.ofNullable(removedAt);
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public Kind kind() {
        return kind;
    }

    public EmailAddress email() {
        return email;
    }

    public Title title() {
        return title;
    }

    public String lastName() {
        return lastName;
    }

    public String firstName() {
        return firstName;
    }

    public PostalAddress address() {
        return address;
    }

    public PhoneNumber mobile() {
        return mobile;
    }

    public boolean isBeneficiary() {
        return beneficiary;
    }

    public boolean isLegalRepresentative() {
        return legalRepresentative;
    }

    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    public Optional<AvsNumber> avsNumber() {
        return Optional.ofNullable(avsNumber);
    }

    public boolean isMinorOrUnderGuardianship() {
        return minorOrUnderGuardianship;
    }

    public Optional<Long> companyId() {
        return Optional.ofNullable(companyId);
    }

    public Optional<CompanyRole> companyRole() {
        return Optional.ofNullable(companyRole);
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public Language language() {
        return Language.of(java.util.Locale.forLanguageTag(language)).orElseThrow();
    }

    public Instant createdAt() {
        return createdAt;
    }

    /**
     * The person changes their own information (Mes informations). A beneficiary keeps a date of
     * birth and an AVS number; a legal representative who is not a beneficiary has none.
     */
    void changeInformation(Information information) {
        this.title = Objects.requireNonNull(information.title());
        this.lastName = Objects.requireNonNull(information.lastName());
        this.firstName = Objects.requireNonNull(information.firstName());
        this.address = Objects.requireNonNull(information.address());
        if (beneficiary) {
            BeneficiaryIdentity identity = information.beneficiary()
                    .orElseThrow(() -> new IllegalArgumentException("a beneficiary keeps a date of birth and an AVS number"));
            this.birthDate = identity.birthDate();
            this.avsNumber = identity.avsNumber();
            this.minorOrUnderGuardianship = identity.minorOrUnderGuardianship();
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

    /** The version the person saw, for optimistic locking of their changes. */
    public int version() {
        return version;
    }

    /** What a person may change themselves under "Mes informations". */
    public record Information(Title title, String lastName, String firstName, PostalAddress address,
                              Optional<BeneficiaryIdentity> beneficiary) {
        public Information {
            Objects.requireNonNull(title);
            Objects.requireNonNull(lastName);
            Objects.requireNonNull(firstName);
            Objects.requireNonNull(address);
            Objects.requireNonNull(beneficiary);
        }
    }

    /** What identifies a person, whatever kind of account they have. */
    public record Person(Title title, String lastName, String firstName, PostalAddress address, EmailAddress email,
                         PhoneNumber mobile) {
        public Person {
            Objects.requireNonNull(title);
            Objects.requireNonNull(address);
            Objects.requireNonNull(email);
            Objects.requireNonNull(mobile);
        }
    }

    /** What a beneficiary adds: date of birth, AVS number, and whether payments go to a representative. */
    public record BeneficiaryIdentity(LocalDate birthDate, AvsNumber avsNumber, boolean minorOrUnderGuardianship) {
        public BeneficiaryIdentity {
            Objects.requireNonNull(birthDate);
            Objects.requireNonNull(avsNumber);
        }

        /**
         * The typed date of birth (field {@code birthDate}) and AVS number (field {@code avsNumber})
         * checked into {@code check}; empty when either is wrong.
         */
        public static Optional<BeneficiaryIdentity> checked(FieldCheck check, LocalDate birthDate, String avsNumber,
                                                            boolean minorOrUnderGuardianship) {
            LocalDate birth = check.birthDate(birthDate);
            AvsNumber avs = check.value("avsNumber", () -> AvsNumber.of(avsNumber));
            return birth == null || avs == null ? Optional.empty()
                    : Optional.of(new BeneficiaryIdentity(birth, avs, minorOrUnderGuardianship));
        }
    }
}
