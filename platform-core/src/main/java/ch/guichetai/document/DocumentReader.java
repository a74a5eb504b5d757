package ch.guichetai.document;

import ch.guichetai.canton.CantonCode;

/**
 * Who asks to read a document, as resolved from the login: the owner a user acts for (the company
 * of a company member, the account of an individual), or office staff of a canton. Whether the
 * reader may read a given document is decided by {@link Documents}, nowhere else.
 */
public sealed interface DocumentReader {

    static DocumentReader owner(DocumentOwner owner) {
        return new Owner(owner);
    }

    static DocumentReader officeStaff(CantonCode canton) {
        return new OfficeStaff(canton);
    }

    record Owner(DocumentOwner owner) implements DocumentReader {
    }

    record OfficeStaff(CantonCode canton) implements DocumentReader {
    }
}
