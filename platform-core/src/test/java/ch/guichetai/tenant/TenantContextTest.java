package ch.guichetai.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.canton.CantonCode;
import org.junit.jupiter.api.Test;

class TenantContextTest {

    private static final CantonCode GE = new CantonCode("ge");
    private static final CantonCode BE = new CantonCode("be");

    @Test
    void thereIsNoDefaultCanton() {
        assertThat(TenantContext.find()).isEmpty();
        assertThatThrownBy(TenantContext::current).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void workSeesItsCantonAndLeavesNothingBehind() {
        assertThat(TenantContext.callAs(GE, () -> TenantContext.current())).isEqualTo(GE);
        assertThat(TenantContext.find()).isEmpty();
    }

    @Test
    void theBindingEndsEvenWhenTheWorkFails() {
        assertThatThrownBy(() -> TenantContext.runAs(GE, () -> {
            throw new IllegalArgumentException("boom");
        })).hasMessage("boom");
        assertThat(TenantContext.find()).isEmpty();
    }

    @Test
    void workForAnotherCantonCannotNestInside() {
        TenantContext.runAs(GE, () -> {
            assertThat(TenantContext.callAs(GE, TenantContext::current)).isEqualTo(GE);
            assertThat(TenantContext.current()).isEqualTo(GE);
            assertThatThrownBy(() -> TenantContext.runAs(BE, () -> { }))
                    .hasMessage("Work for canton 'be' cannot run inside work for canton 'ge'");
        });
    }
}
