package ch.guichetai.company;

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
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation that bills on behalf of beneficiaries, known by its GLN. It may be used once the
 * canton's office has approved its registration.
 */
@Entity
@Table(name = "company")
public class Company extends TenantOwned {

    public enum Status { PENDING, APPROVED, REFUSED }

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

    protected Company() {
    }

    public Company(String name, Gln gln, Optional<UidNumber> uid, PostalAddress address) {
        this.name = Objects.requireNonNull(name).strip();
        this.gln = Objects.requireNonNull(gln);
        this.uid = uid.orElse(null);
        this.address = Objects.requireNonNull(address);
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

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Gln gln() {
        return gln;
    }

    public Optional<UidNumber> uid() {
        return Optional.ofNullable(uid);
    }

    public PostalAddress address() {
        return address;
    }

    public Status status() {
        return status;
    }

    public Optional<String> refusalReason() {
        return Optional.ofNullable(refusalReason);
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }
}
