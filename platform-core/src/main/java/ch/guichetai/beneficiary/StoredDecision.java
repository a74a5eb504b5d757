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

/** The row of a decision number ({@link BeneficiaryDecision} is what other modules see). */
@Entity(name = "BeneficiaryDecision")
@Table(name = "beneficiary_decision")
class StoredDecision extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "beneficiary_id", nullable = false, updatable = false)
    private Long beneficiaryId;

    @Column(name = "decision_number", nullable = false, length = BeneficiaryDecision.NUMBER_MAX_LENGTH)
    private String number;

    @Column(name = "description", length = BeneficiaryDecision.DESCRIPTION_MAX_LENGTH)
    private String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected StoredDecision() {
    }

    StoredDecision(long beneficiaryId, BeneficiaryDecision.Decision decision) {
        this.beneficiaryId = beneficiaryId;
        this.createdAt = Instant.now();
        change(decision);
    }

    void change(BeneficiaryDecision.Decision decision) {
        number = decision.number();
        description = decision.description().orElse(null);
    }

    Long beneficiaryId() {
        return beneficiaryId;
    }

    String number() {
        return number;
    }

    BeneficiaryDecision view() {
        return new BeneficiaryDecision(id, beneficiaryId, number, Optional.ofNullable(description));
    }
}
