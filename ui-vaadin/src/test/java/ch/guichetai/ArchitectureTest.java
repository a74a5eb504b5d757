package ch.guichetai;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages directly under ch.guichetai are modules: no cycles between them, no module
 * reaches into another's sub-packages (its internals), only into its root package (its API), and
 * each depends on exactly the modules docs/architecture/modules.md says it may use.
 */
class ArchitectureTest {

    private static final Path DOCUMENTED = Path.of("../docs/architecture/modules.md");
    private static final Pattern ROW = Pattern.compile("^\\| ([a-z]+) \\|([a-z, ]*)\\|", Pattern.MULTILINE);

    /** platform-core's test-jar (shared test data, ADR 0019) is on the class path, but it is no module. */
    private final ApplicationModules modules = ApplicationModules.of(GuichetApplication.class,
            resideInAPackage("ch.guichetai.testdata.."));

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        modules.verify();
    }

    @Test
    void eachModuleUsesExactlyTheModulesTheDocumentationAllows() throws IOException {
        Map<String, Set<String>> actual = new TreeMap<>();
        modules.forEach(module -> actual.put(module.getIdentifier().toString(),
                module.getDirectDependencies(modules).uniqueModules().map(used -> used.getIdentifier().toString())
                        .collect(Collectors.toCollection(TreeSet::new))));

        assertThat(actual).as("the dependencies of the code (left) against " + DOCUMENTED + " (right)")
                .isEqualTo(documented());
    }

    private static Map<String, Set<String>> documented() throws IOException {
        Map<String, Set<String>> documented = new TreeMap<>();
        Matcher row = ROW.matcher(Files.readString(DOCUMENTED));
        while (row.find()) {
            if (row.group(1).equals("module")) {
                continue; // a table's header
            }
            documented.put(row.group(1), Arrays.stream(row.group(2).split(","))
                    .map(String::strip).filter(name -> !name.isEmpty()).collect(Collectors.toCollection(TreeSet::new)));
        }
        return documented;
    }
}
