package ch.guichetai.beneficiary;

import ch.guichetai.account.Account;

/**
 * Whose beneficiaries: a company's (every member of it acts for the company) or an individual
 * account's (a legal representative's). Every method of {@link Beneficiaries} takes the acting
 * owner, built from the logged-in user only, and reaches that owner's rows only.
 */
public sealed interface BeneficiaryOwner {

    static BeneficiaryOwner ofCompany(long companyId) {
        return new OfCompany(companyId);
    }

    static BeneficiaryOwner ofAccount(long accountId) {
        return new OfAccount(accountId);
    }

    /** The owner a logged-in account acts for: its company for a company member, itself otherwise. */
    static BeneficiaryOwner of(Account account) {
        return account.companyId().map(BeneficiaryOwner::ofCompany).orElseGet(() -> ofAccount(account.id()));
    }

    long id();

    /** The property of {@link Beneficiary} holding this kind of owner, for queries. */
    String property();

    record OfCompany(long id) implements BeneficiaryOwner {
        @Override
        public String property() {
            return "ownerCompanyId";
        }
    }

    record OfAccount(long id) implements BeneficiaryOwner {
        @Override
        public String property() {
            return "ownerAccountId";
        }
    }
}
