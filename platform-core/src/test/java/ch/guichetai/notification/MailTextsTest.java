package ch.guichetai.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The French mails read correctly whatever the company is called. */
class MailTextsTest {

    /** "de {0}" reads "de Audition" where French wants "d’Audition": a name never follows a word that elides. */
    @Test
    void frenchNeverPutsAWordThatElidesBeforeAnArgument() throws IOException {
        load("fr").forEach((key, text) -> assertThat(text.toString()).as(key.toString())
                .doesNotContainPattern("(?i)(^|[\\s(])(de|le|que|ne|se|je|me|te|jusque|lorsque|puisque) \\{\\d+}"));
    }

    @Test
    void aCompanyNameStartingWithAVowelReadsCorrectly() throws IOException {
        String body = new MessageFormat(load("fr").getProperty("company-approved.body"), Locale.FRENCH).format(new Object[] {
                "Audition SA", "https://ge.localhost", "Office cantonal des assurances sociales"});

        assertThat(body).contains("l’inscription de la société « Audition SA » au guichet").doesNotContain("de Audition");
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (var in = MailTextsTest.class.getResourceAsStream("/notification/mails_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
