package ch.guichetai.company;

import ch.guichetai.company.Company.Status;
import ch.guichetai.primitives.Gln;
import ch.guichetai.primitives.GlnConverter;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.primitives.UidNumber;
import ch.guichetai.primitives.UidNumberConverter;
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
import java.util.Optional;

/** The row of a company ({@link Company} is what other modules see). */
@Entity(name = "Company")
@Table(name = "company")
class StoredCompany extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Convert(converter = GlnConverter.class)
    @Column(name = "gln", nullable = false, length = 13)
    private Gln gln;

    @Convert(converter = UidNumberConverter.class)
    @Column(name = "uid", length = 12)
    private UidNumber uid;

    @Embedded
    private PostalAddress address;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    @Column(name = "refusal_reason", length = 1000)
    private String refusalReason;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Version
    private int version;

    protected StoredCompany() {
    }

    StoredCompany(NewCompany company) {
        this.name = company.name().strip();
        this.gln = company.gln();
        this.uid = company.uid().orElse(null);
        this.address = company.address();
        this.status = Status.PENDING;
        this.submittedAt = Instant.now();
    }

    void approve(String agent) {
        decide(Status.APPROVED, agent);
    }

    void refuse(String agent, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        decide(Status.REFUSED, agent);
        refusalReason = reason.strip();
    }

    private void decide(Status decision, String agent) {
        if (status != Status.PENDING) {
            throw new Companies.AlreadyDecidedException(id, status);
        }
        status = decision;
        decidedBy = agent;
        decidedAt = Instant.now();
    }

    Company view() {
        return new Company(id, canton(), name, gln, Optional.ofNullable(uid), address, status,
                Optional.ofNullable(refusalReason), submittedAt, Optional.ofNullable(decidedAt),
                Optional.ofNullable(decidedBy));
    }
}
