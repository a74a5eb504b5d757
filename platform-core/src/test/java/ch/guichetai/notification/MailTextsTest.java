package ch.guichetai.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.InvoiceForm;
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

    /** Each typed mail has its subject and body in both languages, numbering exactly its values. */
    @Test
    void everyMailHasItsTextsInFrenchAndGermanWithAPlaceForEachOfItsValues() throws IOException {
        for (Class<?> type : Mail.class.getPermittedSubclasses()) {
            int values = type.getRecordComponents().length;
            String template = template(type);
            for (String language : new String[] {"fr", "de"}) {
                Properties texts = load(language);
                for (String part : new String[] {".subject", ".body"}) {
                    assertThat(texts.getProperty(template + part)).as(language + " " + template + part).isNotNull();
                }
                int used = Math.max(highestPlaceholder(texts.getProperty(template + ".subject")),
                        highestPlaceholder(texts.getProperty(template + ".body"))) + 1;
                assertThat(used).as(language + " " + template + ": places for its " + values + " values").isEqualTo(values);
            }
        }
    }

    @Test
    void theTemplateIsTheRecordsNameInKebabCase() {
        assertThat(new Mail.CompanyApproved("A", "b", "c").template()).isEqualTo("company-approved");
        assertThat(new Mail.EmailChanged("a", "b").arguments()).containsExactly("a", "b");
    }

    /** A mail naming a form writes its title (ADR 0038): every form has one in both languages. */
    @Test
    void everyFormHasItsTitleInFrenchAndGerman() throws IOException {
        for (String language : new String[] {"fr", "de"}) {
            Properties texts = load(language);
            for (InvoiceForm form : InvoiceForm.values()) {
                assertThat(texts.getProperty("form." + form.officialNumber())).as(language + " " + form).isNotBlank();
            }
        }
    }

    private static String template(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static int highestPlaceholder(String text) {
        return java.util.regex.Pattern.compile("\\{(\\d+)").matcher(text).results()
                .mapToInt(match -> Integer.parseInt(match.group(1))).max().orElse(-1);
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (var in = MailTextsTest.class.getResourceAsStream("/notification/mails_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
