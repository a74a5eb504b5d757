package ch.guichetai.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text exists in French and in German. */
class TranslationsTest {

    @Test
    void frenchAndGermanHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties french = load("fr");
        Properties german = load("de");

        assertThat(german.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
        assertThat(french.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(german.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @Test
    void textsFormattedWithArgumentsUseTypographicApostrophes() throws IOException {
        for (String language : new String[] {"fr", "de"}) {
            load(language).forEach((key, text) -> {
                if (text.toString().contains("{0}")) {
                    assertThat(text.toString()).as(language + ": " + key).doesNotContain("'");
                }
            });
        }
    }

    /**
     * "de {0}" reads "de Audition" for a name starting with a vowel, where French wants "d’Audition"
     * (and "le {0}" wants "l’"): a name argument never follows a word that elides.
     */
    @Test
    void frenchNeverPutsAWordThatElidesBeforeAnArgument() throws IOException {
        load("fr").forEach((key, text) -> assertThat(text.toString()).as(key.toString())
                .doesNotContainPattern("(?i)(^|[\\s(])(de|le|que|ne|se|je|me|te|jusque|lorsque|puisque) \\{\\d+}"));
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (var in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
