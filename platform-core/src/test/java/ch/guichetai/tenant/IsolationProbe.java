package ch.guichetai.tenant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tenant-owned entity that exists for the isolation tests only. */
@Entity
@Table(name = "isolation_probe")
class IsolationProbe extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String label;

    protected IsolationProbe() {
    }

    IsolationProbe(String label) {
        this.label = label;
    }

    Long id() {
        return id;
    }

    String label() {
        return label;
    }

    void relabel(String label) {
        this.label = label;
    }
}
