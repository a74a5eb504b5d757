package ch.guichetai.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

/**
 * Base of every entity that belongs to a canton. Hibernate fills {@code canton} from the
 * {@link TenantContext} on insert and adds it to every HQL/JPQL and criteria query; native SQL
 * must filter on it explicitly.
 */
@MappedSuperclass
public abstract class TenantOwned {

    @TenantId
    @Column(name = "canton", length = 2, nullable = false, updatable = false)
    private String canton;

    public String canton() {
        return canton;
    }
}
