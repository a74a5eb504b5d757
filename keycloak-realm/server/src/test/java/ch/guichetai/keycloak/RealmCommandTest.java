package ch.guichetai.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealmCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesProductionRealmsWithHttpsNoDemoUsersAndTheSecretFromTheEnvironment() throws Exception {
        RealmCommand.run(RealmCommand.options(new String[] {"--app-origin=https://%s", "--smtp-host=smtp.internal",
                "--smtp-port=25", "--write=" + dir, "--password-blacklist-dir=" + dir.resolve("blacklists")}),
                Map.of("GUICHET_KEYCLOAK_CLIENT_SECRET", "s3cret-from-env"));

        String geneva = Files.readString(dir.resolve("realm-ge.json"));
        assertThat(geneva).contains("\"sslRequired\": \"all\"", "\"secret\": \"s3cret-from-env\"",
                "https://ge.localhost/login/oauth2/code/ge", "max-age=31536000", "passwordBlacklist(guichet-common-passwords.txt)")
                .doesNotContain("demo.guichet-ai.ch", "\"credentials\"");
        assertThat(dir.resolve("realm-be.json")).exists();
        assertThat(dir.resolve("realm-vs.json")).exists();
        assertThat(Files.readAllLines(dir.resolve("blacklists").resolve(KeycloakServer.PASSWORD_BLACKLIST)))
                .hasSizeGreaterThan(29_000).contains("password1234");
    }

    @Test
    void refusesToRunWithoutTheSecretOrWithNothingToDo() {
        assertThatThrownBy(() -> RealmCommand.run(Map.of("app-origin", "https://%s", "smtp-host", "x", "smtp-port", "25",
                "write", dir.toString()), Map.of())).hasMessageContaining("GUICHET_KEYCLOAK_CLIENT_SECRET");
        assertThatThrownBy(() -> RealmCommand.run(Map.of("app-origin", "https://%s", "smtp-host", "x", "smtp-port", "25"),
                Map.of("GUICHET_KEYCLOAK_CLIENT_SECRET", "s"))).hasMessageContaining("nothing to do");
        assertThatThrownBy(() -> RealmCommand.options(new String[] {"--write"})).hasMessageContaining("--name=value");
    }
}
