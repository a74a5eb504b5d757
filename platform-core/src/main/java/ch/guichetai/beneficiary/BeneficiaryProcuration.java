package ch.guichetai.beneficiary;

import ch.guichetai.primitives.DocumentFile;
import ch.guichetai.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The signed power of attorney that lets the owner bill on behalf of a beneficiary: at most one
 * per beneficiary (a new upload replaces it), kept in the database with the beneficiary so that
 * both are saved, or neither (see ADR 0010).
 */
@Entity
@Table(name = "beneficiary_procuration")
class BeneficiaryProcuration extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "beneficiary_id", nullable = false, updatable = false)
    private Long beneficiaryId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", nullable = false, length = 4)
    private DocumentFile.Type type;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    /** Only read when the procuration itself is (to download it); the grid reads whether one exists. */
    @Column(name = "content", nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Version
    private int version;

    protected BeneficiaryProcuration() {
    }

    BeneficiaryProcuration(long beneficiaryId, DocumentFile file) {
        this.beneficiaryId = beneficiaryId;
        replace(file);
    }

    void replace(DocumentFile file) {
        fileName = file.fileName();
        type = file.type();
        size = file.size();
        sha256 = file.sha256();
        content = file.content();
        uploadedAt = Instant.now();
    }

    DocumentFile file() {
        return DocumentFile.stored(fileName, type, content);
    }

    Long beneficiaryId() {
        return beneficiaryId;
    }
}
