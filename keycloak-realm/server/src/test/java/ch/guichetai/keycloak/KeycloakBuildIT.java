package ch.guichetai.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;

/**
 * Keycloak is built once per Maven build (ADR 0019): a further home is hard-linked from that one
 * build, not unpacked and built again, and gets a data folder of its own.
 */
class KeycloakBuildIT {

    private static final Path HOME = Path.of("target", "keycloak-build-it", "home").toAbsolutePath();

    @Test
    void aNewHomeIsLinkedFromTheOneBuildNotBuiltAgain() throws Exception {
        KeycloakBuild.installInto(HOME.resolveSibling("first"));
        Path build = Path.of(KeycloakServer.distribution().getProperty("builds")).toAbsolutePath().normalize()
                .resolve(Files.readString(HOME.resolveSibling("first").resolve(".guichet-build")));
        FileTime built = Files.getLastModifiedTime(build.resolve(".guichet-build-complete"));

        KeycloakBuild.installInto(HOME);

        assertThat(Files.getLastModifiedTime(build.resolve(".guichet-build-complete"))).isEqualTo(built);
        Path optimized = Path.of("lib", "quarkus", "quarkus-application.dat");
        assertThat(Files.getAttribute(HOME.resolve(optimized), "unix:ino"))
                .as("the built files are the build's own, linked").isEqualTo(Files.getAttribute(build.resolve(optimized), "unix:ino"));
        assertThat(HOME.resolve("providers/guichet-keycloak-extension.jar")).exists();
        assertThat(HOME.resolve("data")).doesNotExist();
    }
}
