package ch.guichetai.account;

import ch.guichetai.account.Account.BeneficiaryIdentity;
import ch.guichetai.account.Account.CompanyRole;
import ch.guichetai.account.Account.Kind;
import ch.guichetai.account.Account.Person;
import ch.guichetai.canton.Language;
import java.util.Objects;
import java.util.Optional;

/**
 * An account before it is saved, as {@link Accounts#create} takes it: an individual or a company
 * member, made by {@link #individual} or {@link #companyMember}.
 *
 * @param subject       Keycloak's id of the person's user
 * @param emailVerified whether the e-mail address is already confirmed (demo and test data)
 */
public record NewAccount(String subject, Kind kind, Person person, Language language, boolean legalRepresentative,
                         Optional<BeneficiaryIdentity> beneficiary, Optional<Long> companyId,
                         Optional<CompanyRole> companyRole, boolean emailVerified) {

    public NewAccount {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(person);
        Objects.requireNonNull(language);
        Objects.requireNonNull(beneficiary);
        if ((kind == Kind.COMPANY_MEMBER) != (companyId.isPresent() && companyRole.isPresent())) {
            throw new IllegalArgumentException("a company member, and only one, has a company and a role in it");
        }
        if (kind == Kind.INDIVIDUAL && !legalRepresentative && beneficiary.isEmpty()) {
            throw new IllegalArgumentException("an individual is a beneficiary, a legal representative, or both");
        }
        if (kind == Kind.COMPANY_MEMBER && (legalRepresentative || beneficiary.isPresent())) {
            throw new IllegalArgumentException("a company member is neither a beneficiary nor a legal representative");
        }
    }

    /** An individual: beneficiary (with date of birth and AVS number) and/or legal representative. */
    public static NewAccount individual(String subject, Person person, Language language, boolean legalRepresentative,
                                        Optional<BeneficiaryIdentity> beneficiary) {
        return new NewAccount(subject, Kind.INDIVIDUAL, person, language, legalRepresentative, beneficiary,
                Optional.empty(), Optional.empty(), false);
    }

    /** A member of a company; the registrant of a company is its manager once the office approves it. */
    public static NewAccount companyMember(String subject, Person person, Language language, long companyId,
                                           CompanyRole role) {
        return new NewAccount(subject, Kind.COMPANY_MEMBER, person, language, false, Optional.empty(),
                Optional.of(companyId), Optional.of(Objects.requireNonNull(role)), false);
    }

    /** The same account with its e-mail address already confirmed. */
    public NewAccount withEmailVerified() {
        return new NewAccount(subject, kind, person, language, legalRepresentative, beneficiary, companyId, companyRole,
                true);
    }
}
