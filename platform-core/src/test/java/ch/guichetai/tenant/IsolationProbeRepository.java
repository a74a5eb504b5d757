package ch.guichetai.tenant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** One query of each kind the application may write: derived, JPQL, bulk JPQL and native. */
interface IsolationProbeRepository extends JpaRepository<IsolationProbe, Long> {

    List<IsolationProbe> findByLabel(String label);

    @Query("select p from IsolationProbe p where p.label like concat(:prefix, '%') order by p.label")
    List<IsolationProbe> labelledLike(@Param("prefix") String prefix);

    @Modifying
    @Query("update IsolationProbe p set p.label = :label where p.id = :id")
    int relabelInBulk(@Param("id") Long id, @Param("label") String label);

    @Modifying
    @Query("delete from IsolationProbe p where p.label = :label")
    int deleteInBulk(@Param("label") String label);

    /** Native SQL escapes the tenant filter, so it names the canton itself. */
    @Query(nativeQuery = true,
            value = "select count(*) from isolation_probe where canton = :#{T(ch.guichetai.tenant.TenantContext).current().value()}")
    long countNatively();
}
