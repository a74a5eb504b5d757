package ch.guichetai.beneficiary;

import ch.guichetai.document.DocumentOwner;

/**
 * Whose beneficiaries: a company's (every member of it acts for the company) or an individual
 * account's (a legal representative's). {@link Beneficiaries} derives it from the acting user and
 * reaches that owner's rows only.
 */
sealed interface BeneficiaryOwner {

    static BeneficiaryOwner ofCompany(long companyId) {
        return new OfCompany(companyId);
    }

    static BeneficiaryOwner ofAccount(long accountId) {
        return new OfAccount(accountId);
    }

    long id();

    /** The property of {@link Beneficiary} holding this kind of owner, for queries. */
    String property();

    /** The same owner for the document store: the beneficiaries' documents belong to it. */
    DocumentOwner documentOwner();

    record OfCompany(long id) implements BeneficiaryOwner {
        @Override
        public String property() {
            return "ownerCompanyId";
        }

        @Override
        public DocumentOwner documentOwner() {
            return DocumentOwner.ofCompany(id);
        }
    }

    record OfAccount(long id) implements BeneficiaryOwner {
        @Override
        public String property() {
            return "ownerAccountId";
        }

        @Override
        public DocumentOwner documentOwner() {
            return DocumentOwner.ofAccount(id);
        }
    }
}
