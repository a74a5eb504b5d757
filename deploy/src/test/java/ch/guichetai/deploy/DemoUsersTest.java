package ch.guichetai.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.CantonCatalogLoader;
import ch.guichetai.canton.Role;
import ch.guichetai.keycloak.RealmGenerator.User;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoUsersTest {

    private final CantonCatalog cantons = new CantonCatalogLoader(getClass().getClassLoader()).load(List.of(
            new CantonCatalogLoader.Source("cantons.yml", getClass().getClassLoader().getResourceAsStream("cantons.yml"))));

    @Test
    void everyCantonHasOneAccountPerRole() {
        Map<String, List<User>> users = DemoUsers.byCanton(cantons);

        assertThat(users).containsOnlyKeys("ge", "be", "vs");
        users.forEach((canton, list) -> assertThat(list.stream().map(user -> user.roles().getFirst()))
                .containsExactly(Role.values()));
        assertThat(users.get("ge").getFirst().email()).isEqualTo("beneficiaire.ge@demo.guichet-ai.ch");
        assertThat(users.get("be").get(2).email()).isEqualTo("gerant.be@demo.guichet-ai.ch");
        assertThat(users.get("vs").get(3).email()).isEqualTo("collaborateur.vs@demo.guichet-ai.ch");
        assertThat(users.get("ge").get(1).email()).isEqualTo("representant.ge@demo.guichet-ai.ch");
        assertThat(users.get("ge").get(4).email()).isEqualTo("agent.ge@demo.guichet-ai.ch");
        assertThat(users.get("ge").get(5).email()).isEqualTo("admin.ge@demo.guichet-ai.ch");
    }

    @Test
    void mobileNumbersAreDistinctSwissMobilesInE164() {
        List<String> mobiles = DemoUsers.byCanton(cantons).values().stream().flatMap(List::stream)
                .map(User::mobileNumber).toList();

        assertThat(mobiles).hasSize(18).doesNotHaveDuplicates().allMatch(mobile -> mobile.matches("\\+417[5-9]\\d{7}"));
    }

    @Test
    void thePasswordSatisfiesTheRealmPolicy() {
        String password = DemoUsers.PASSWORD;
        assertThat(password).hasSizeGreaterThanOrEqualTo(10).matches(".*[A-Z].*").matches(".*[a-z].*").matches(".*\\d.*");
        DemoUsers.byCanton(cantons).values().stream().flatMap(List::stream).forEach(user -> {
            assertThat(user.password()).isEqualTo(password).isNotEqualToIgnoringCase(user.email());
        });
    }

    @Test
    void companiesHaveValidGlns() {
        Map<String, DemoUsers.Company> companies = DemoUsers.companies(cantons);

        assertThat(companies.get("ge")).isEqualTo(new DemoUsers.Company("Orthopédie Romande SA", "7609999000010"));
        companies.values().forEach(company -> {
            String gln = company.gln();
            assertThat(gln).matches("\\d{13}");
            // GS1: weights 3,1,3,... from the right over all 13 digits (check digit included, weight 1) sum to a multiple of 10
            int sum = IntStream.range(0, 13).map(i -> (gln.charAt(12 - i) - '0') * (i % 2 == 0 ? 1 : 3)).sum();
            assertThat(sum % 10).as(gln).isZero();
        });
        assertThat(companies.values().stream().map(DemoUsers.Company::gln)).doesNotHaveDuplicates();
    }
}
