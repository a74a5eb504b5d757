package ch.guichetai.document;

/** Who a document belongs to: a company (every member of it) or an individual account. */
public sealed interface DocumentOwner {

    static DocumentOwner ofCompany(long companyId) {
        return new OfCompany(companyId);
    }

    static DocumentOwner ofAccount(long accountId) {
        return new OfAccount(accountId);
    }

    long id();

    record OfCompany(long id) implements DocumentOwner {
    }

    record OfAccount(long id) implements DocumentOwner {
    }
}
