package ch.guichetai.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.canton.CantonCode;
import ch.guichetai.testdata.TestDatabase;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Data saved for one canton is out of reach from another, through every kind of query. */
@SpringBootTest
class TenantIsolationTest {

    private static final CantonCode GE = new CantonCode("ge");
    private static final CantonCode BE = new CantonCode("be");
    private static final CantonCode JU = new CantonCode("ju");

    @Autowired
    IsolationProbeRepository probes;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    private Long genevaId;

    @BeforeEach
    void oneProbeInGenevaAndOneInBern() {
        TestDatabase.reset(jdbc);
        genevaId = as(GE, () -> probes.save(new IsolationProbe("geneva-probe")).id());
        as(BE, () -> probes.save(new IsolationProbe("bern-probe")).id());
    }

    @Test
    void insertsCarryTheCantonOfTheirThread() {
        assertThat(jdbc.queryForList("select canton from isolation_probe order by canton", String.class))
                .containsExactly("be", "ge");
    }

    @Test
    void findListAndCountSeeOnlyTheirCanton() {
        as(BE, () -> {
            assertThat(probes.findById(genevaId)).isEmpty();
            assertThat(probes.existsById(genevaId)).isFalse();
            assertThat(probes.findAll()).extracting(IsolationProbe::label).containsExactly("bern-probe");
            assertThat(probes.count()).isEqualTo(1);
            assertThat(probes.findByLabel("geneva-probe")).isEmpty();
            assertThat(probes.labelledLike("")).extracting(IsolationProbe::label).containsExactly("bern-probe");
            assertThat(probes.countNatively()).isEqualTo(1);
            return null;
        });
        as(GE, () -> {
            assertThat(probes.findById(genevaId)).isPresent();
            assertThat(probes.countNatively()).isEqualTo(1);
            return null;
        });
    }

    @Test
    void updatesFromAnotherCantonChangeNothing() {
        int updated = as(BE, () -> probes.relabelInBulk(genevaId, "taken-over"));
        assertThat(updated).isZero();

        IsolationProbe detached = as(GE, () -> probes.findById(genevaId).orElseThrow());
        detached.relabel("taken-over");
        try {
            as(BE, () -> probes.save(detached));
        } catch (RuntimeException refused) {
            // refusing is as good as ignoring; what matters is the row below
        }

        assertThat(jdbc.queryForObject("select label from isolation_probe where id = ?", String.class, genevaId))
                .isEqualTo("geneva-probe");
        assertThat(jdbc.queryForList("select label from isolation_probe where canton = 'be'", String.class))
                .as("a merged foreign entity must not have been copied into Bern either")
                .containsExactly("bern-probe");
    }

    @Test
    void deletesFromAnotherCantonDeleteNothing() {
        as(BE, () -> {
            probes.deleteById(genevaId);
            return null;
        });
        assertThat(as(BE, () -> probes.deleteInBulk("geneva-probe"))).isZero();
        as(BE, () -> {
            probes.deleteAll();
            return null;
        });

        assertThat(jdbc.queryForList("select canton from isolation_probe", String.class)).containsExactly("ge");
    }

    @Test
    void aCantonAddedByConfigurationIsIsolatedToo() {
        as(JU, () -> probes.save(new IsolationProbe("jura-probe")));

        assertThat(as(JU, () -> probes.findAll())).extracting(IsolationProbe::label).containsExactly("jura-probe");
        assertThat(as(GE, () -> probes.findAll())).extracting(IsolationProbe::label).containsExactly("geneva-probe");
    }

    @Test
    void withoutACantonNothingIsReadOrWritten() {
        assertThatThrownBy(() -> transactions.execute(status -> probes.findAll()))
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause().hasMessageContaining("No canton is bound");
        assertThatThrownBy(() -> transactions.execute(status -> probes.save(new IsolationProbe("nobody"))))
                .rootCause().hasMessageContaining("No canton is bound");
        assertThat(jdbc.queryForObject("select count(*) from isolation_probe", Integer.class)).isEqualTo(2);
    }

    private <T> T as(CantonCode canton, Supplier<T> work) {
        return TenantContext.callAs(canton, () -> transactions.execute(status -> work.get()));
    }
}
