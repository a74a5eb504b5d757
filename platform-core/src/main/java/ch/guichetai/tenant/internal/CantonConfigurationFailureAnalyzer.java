package ch.guichetai.tenant.internal;

import ch.guichetai.canton.CantonConfigurationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad cantons.yml into a start-up report that says which canton and key to fix. */
class CantonConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<CantonConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CantonConfigurationException cause) {
        return new FailureAnalysis("The canton configuration is invalid: " + cause.getMessage(),
                "Correct the value in the canton configuration (guichet.cantons.locations, by default "
                        + "classpath:cantons.yml) and start again.", cause);
    }
}
