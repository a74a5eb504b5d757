package ch.guichetai.beneficiary;

import ch.guichetai.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A decision number of the office about a beneficiary, kept so that it can be picked when a
 * company bills. The seeds give no format for it: free text of at most 40 characters.
 */
@Entity
@Table(name = "beneficiary_decision")
public class BeneficiaryDecision extends TenantOwned {

    static final int NUMBER_MAX_LENGTH = 40;
    static final int DESCRIPTION_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "beneficiary_id", nullable = false, updatable = false)
    private Long beneficiaryId;

    @Column(name = "decision_number", nullable = false, length = NUMBER_MAX_LENGTH)
    private String number;

    @Column(name = "description", length = DESCRIPTION_MAX_LENGTH)
    private String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected BeneficiaryDecision() {
    }

    BeneficiaryDecision(long beneficiaryId, Decision decision) {
        this.beneficiaryId = beneficiaryId;
        this.createdAt = Instant.now();
        change(decision);
    }

    void change(Decision decision) {
        number = decision.number();
        description = decision.description().orElse(null);
    }

    public Long id() {
        return id;
    }

    public Long beneficiaryId() {
        return beneficiaryId;
    }

    public String number() {
        return number;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** A checked decision number and its optional description. */
    public record Decision(String number, Optional<String> description) {
    }
}
