package ch.guichetai.tenant.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.guichetai.CoreTestApplication;
import ch.guichetai.canton.CantonConfigurationException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A missing or malformed canton value stops start-up with a message naming the canton and the key. */
class InvalidCantonConfigurationTest {

    @Test
    void startUpStopsAndNamesTheCantonAndTheKey() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(CoreTestApplication.class)
                .run("--guichet.cantons.locations=classpath:cantons-broken.yml").close());

        CantonConfigurationException cause = findCause(failure);
        assertThat(cause.getMessage())
                .isEqualTo("canton 'ge': key 'office.phone' is missing (class path resource [cantons-broken.yml])");

        FailureAnalysis analysis = new CantonConfigurationFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).isEqualTo("The canton configuration is invalid: " + cause.getMessage());
        assertThat(analysis.getAction()).contains("guichet.cantons.locations");
    }

    private static CantonConfigurationException findCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CantonConfigurationException configuration) {
                return configuration;
            }
        }
        throw new AssertionError("start-up did not fail on the canton configuration", failure);
    }
}
