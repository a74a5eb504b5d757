package ch.guichetai.beneficiary;

import ch.guichetai.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The signed power of attorney that lets the owner bill on behalf of a beneficiary: at most one
 * per beneficiary (a new upload replaces it). The file is a document of the document store, saved
 * in the beneficiary's transaction so that both are saved, or neither (ADR 0010, ADR 0018).
 */
@Entity
@Table(name = "beneficiary_procuration")
class BeneficiaryProcuration extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "beneficiary_id", nullable = false, updatable = false)
    private Long beneficiaryId;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Version
    private int version;

    protected BeneficiaryProcuration() {
    }

    BeneficiaryProcuration(long beneficiaryId, long documentId) {
        this.beneficiaryId = beneficiaryId;
        this.documentId = documentId;
    }

    /** Points at the new document; returns the replaced one's id. */
    long replace(long newDocumentId) {
        long replaced = documentId;
        documentId = newDocumentId;
        return replaced;
    }

    long documentId() {
        return documentId;
    }
}
