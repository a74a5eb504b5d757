package ch.guichetai.account;

import ch.guichetai.canton.Language;
import ch.guichetai.primitives.AvsNumber;
import ch.guichetai.primitives.EmailAddress;
import ch.guichetai.primitives.PhoneNumber;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.validation.FieldCheck;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who logs in: an individual (beneficiary and/or legal representative) or a member of a
 * company, as read by {@link Accounts} (the row itself stays inside this module, ADR 0023). The
 * identity (password, SMS number for the second factor) lives in Keycloak under {@link #subject()};
 * this is what the office needs to know about the person.
 *
 * @param canton      the canton whose row it is
 * @param beneficiary date of birth and AVS number of a beneficiary; empty for anyone else
 * @param version     the version read, for optimistic locking of the person's changes
 *                    ({@link Accounts#changeInformation})
 */
public record Account(Long id, String canton, String subject, Kind kind, Person person, Language language,
                      boolean legalRepresentative, Optional<BeneficiaryIdentity> beneficiary, Optional<Long> companyId,
                      Optional<CompanyRole> companyRole, boolean emailVerified, Instant createdAt,
                      Optional<Instant> removedAt, int version) {

    public enum Kind { INDIVIDUAL, COMPANY_MEMBER }

    public enum Title { MR, MRS }

    public enum CompanyRole { MANAGER, COLLABORATOR }

    public EmailAddress email() {
        return person.email();
    }

    public Title title() {
        return person.title();
    }

    public String lastName() {
        return person.lastName();
    }

    public String firstName() {
        return person.firstName();
    }

    public PostalAddress address() {
        return person.address();
    }

    public PhoneNumber mobile() {
        return person.mobile();
    }

    public boolean isBeneficiary() {
        return beneficiary.isPresent();
    }

    public boolean isLegalRepresentative() {
        return legalRepresentative;
    }

    public Optional<LocalDate> birthDate() {
        return beneficiary.map(BeneficiaryIdentity::birthDate);
    }

    public Optional<AvsNumber> avsNumber() {
        return beneficiary.map(BeneficiaryIdentity::avsNumber);
    }

    public boolean isMinorOrUnderGuardianship() {
        return beneficiary.filter(BeneficiaryIdentity::minorOrUnderGuardianship).isPresent();
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    /** The member left the company: the row stays so that their past requests remain theirs. */
    public boolean isRemoved() {
        return removedAt.isPresent();
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
