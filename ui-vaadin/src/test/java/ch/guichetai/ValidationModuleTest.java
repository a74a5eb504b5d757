package ch.guichetai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependencies;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The field checks are a module of their own that every feature may use (ADR 0017): it needs
 * nothing but the value objects, and the features check their forms through it, not through
 * registration.
 */
class ValidationModuleTest {

    private final ApplicationModules modules = ApplicationModules.of(GuichetApplication.class);

    @Test
    void validationNeedsNothingButTheValueObjects() {
        assertThat(dependenciesOf("validation").uniqueModules().map(module -> module.getIdentifier().toString()))
                .containsOnly("primitives");
    }

    @Test
    void featuresCheckTheirFormsThroughValidationNotThroughRegistration() {
        for (String feature : List.of("account", "beneficiary", "companyadmin", "ui")) {
            assertThat(dependenciesOf(feature).containsModuleNamed("validation")).as(feature + " uses validation").isTrue();
            assertThat(dependenciesOf(feature).containsModuleNamed("registration")).as(feature + " uses registration")
                    .isFalse();
        }
    }

    private ApplicationModuleDependencies dependenciesOf(String name) {
        ApplicationModule module = modules.getModuleByName(name).orElseThrow();
        return module.getDirectDependencies(modules);
    }
}
