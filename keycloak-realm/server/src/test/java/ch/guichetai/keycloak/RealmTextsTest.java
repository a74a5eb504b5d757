package ch.guichetai.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.CantonCatalogLoader;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realms' own texts (portal title, office and canton names from cantons.yml) are theme
 * messages too: Keycloak formats them with MessageFormat, where a lone ' disappears. A name such
 * as "Office de l'AI" must reach the page whole (extension's MessageBundlesTest checks our bundles).
 */
class RealmTextsTest {

    @Test
    void everyRealmTextKeepsItsApostrophesThroughMessageFormat() {
        CantonCatalog cantons = new CantonCatalogLoader(RealmTextsTest.class.getClassLoader()).load(List.of(
                new CantonCatalogLoader.Source("cantons.yml", RealmTextsTest.class.getResourceAsStream("/cantons.yml"))));
        Map<String, String> realms = RealmGenerator.realms(cantons,
                new RealmGenerator.Options("https://%s", "secret", "smtp.test", 25, true, Map.of()));

        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, String> realm : realms.entrySet()) {
            JsonNode texts = JsonMapper.shared().readTree(realm.getValue()).get("localizationTexts");
            assertThat(texts.isEmpty()).as(realm.getKey()).isFalse();
            for (String language : texts.propertyNames()) {
                for (String key : texts.get(language).propertyNames()) {
                    String text = texts.get(language).get(key).asString();
                    String shown = new MessageFormat(text, Locale.of(language)).format(new Object[0]);
                    if (apostrophes(shown) != apostrophes(text.replace("''", "'"))) {
                        lost.add(realm.getKey() + "/" + language + "/" + key + " → " + shown);
                    }
                }
            }
        }
        assertThat(lost).isEmpty();
    }

    private static long apostrophes(String text) {
        return text.chars().filter(c -> c == '\'' || c == '’').count();
    }
}
