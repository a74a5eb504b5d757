package ch.guichetai;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages directly under ch.guichetai are modules: no cycles between them, and no
 * module reaches into another's sub-packages (its internals), only into its root package (its API).
 */
class ArchitectureTest {

    /** platform-core's test-jar (shared test data, ADR 0019) is on the class path, but it is no module. */
    private final ApplicationModules modules = ApplicationModules.of(GuichetApplication.class,
            resideInAPackage("ch.guichetai.testdata.."));

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
