package ch.guichetai;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages directly under ch.guichetai are modules: no cycles between them, and no
 * module reaches into another's sub-packages (its internals), only into its root package (its API).
 */
class ArchitectureTest {

    private final ApplicationModules modules = ApplicationModules.of(GuichetApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
