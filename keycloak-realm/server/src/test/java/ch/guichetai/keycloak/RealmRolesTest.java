package ch.guichetai.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.CantonCatalogLoader;
import ch.guichetai.canton.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every realm defines exactly the roles the application knows ({@link Role}), no more, no fewer. */
class RealmRolesTest {

    @Test
    void everyRealmHasExactlyTheApplicationsRoles() {
        CantonCatalog cantons = new CantonCatalogLoader(RealmRolesTest.class.getClassLoader()).load(List.of(
                new CantonCatalogLoader.Source("cantons.yml", RealmRolesTest.class.getResourceAsStream("/cantons.yml"))));
        Map<String, String> realms = RealmGenerator.realms(cantons,
                new RealmGenerator.Options("https://%s", "secret", "smtp.test", 25, true, Map.of()));

        String[] known = Arrays.stream(Role.values()).map(Role::realmRole).toArray(String[]::new);
        assertThat(realms).isNotEmpty();
        realms.forEach((canton, json) -> {
            JsonNode roles = JsonMapper.shared().readTree(json).path("roles").path("realm");
            List<String> names = roles.valueStream().map(role -> role.get("name").asString())
                    .filter(name -> !name.startsWith("default-roles-") && !name.equals("offline_access")
                            && !name.equals("uma_authorization"))
                    .toList();
            assertThat(names).as(canton).containsExactlyInAnyOrder(known);
        });
    }
}
