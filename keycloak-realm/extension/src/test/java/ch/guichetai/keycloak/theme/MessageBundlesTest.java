package ch.guichetai.keycloak.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keycloak formats every text of our bundles with {@link MessageFormat}, where a lone {@code '}
 * starts a quoted part and disappears ("Validation de ladresse"): an apostrophe is written
 * {@code ''} or as the typographic ’. Some page titles are even formatted twice (see
 * {@link #FORMATTED_TWICE}); those must not contain {@code '} at all.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    /**
     * Keys that Keycloak formats in Java (LoginFormsProvider.getMessage) and puts in the template's
     * {@code messageHeader}, which info.ftl formats again with {@code msg(messageHeader)}
     * (VerifyEmailActionTokenHandler, UpdateEmail, UpdateEmailActionTokenHandler in 26.7).
     */
    static final List<String> FORMATTED_TWICE = List.of("confirmEmailAddressVerificationHeader",
            "emailVerifiedMessageHeader", "emailVerifiedAlreadyMessageHeader", "emailUpdateConfirmationSentTitle",
            "emailUpdatedTitle");

    static Stream<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            List<Path> found = files.filter(file -> file.getFileName().toString().matches("messages_[a-z]{2}\\.properties"))
                    .sorted().toList();
            assertThat(found).hasSizeGreaterThanOrEqualTo(6); // login, email, theme-resources × fr, de
            return found.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyApostropheSurvivesMessageFormat(Path bundle) throws IOException {
        Properties messages = load(bundle);
        Locale locale = Locale.of(bundle.getFileName().toString().substring("messages_".length(), "messages_".length() + 2));
        List<String> lost = new ArrayList<>();
        for (String key : messages.stringPropertyNames()) {
            String source = messages.getProperty(key);
            String once = format(source, locale);
            if (apostrophes(once) != apostrophes(source.replace("''", "'"))) {
                lost.add(key + " → " + once);
            }
        }
        assertThat(lost).as("texts of %s that lose an apostrophe: write '' or ’", bundle).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void titlesFormattedTwiceHaveNoAsciiApostrophe(Path bundle) throws IOException {
        Properties messages = load(bundle);
        Locale locale = Locale.FRENCH;
        for (String key : FORMATTED_TWICE) {
            String source = messages.getProperty(key);
            if (source != null) {
                assertThat(format(format(source, locale), locale)).as(key + " in " + bundle)
                        .isEqualTo(source.replace("''", "'"))
                        .doesNotContain("'");
            }
        }
    }

    /** Without our own text, Keycloak's French one ("Validation de l''adresse de courriel") loses its apostrophe. */
    @Test
    void theLoginThemeHasItsOwnTitlesFormattedTwiceInEveryLanguage() throws IOException {
        for (String language : List.of("fr", "de")) {
            Properties messages = load(RESOURCES.resolve("theme/guichet/login/messages/messages_" + language + ".properties"));
            assertThat(messages.stringPropertyNames()).as(language).containsAll(FORMATTED_TWICE);
        }
    }

    @Test
    void theCheckSeesALoneApostrophe() {
        assertThat(format("Validation de l'adresse de courriel", Locale.FRENCH)).isEqualTo("Validation de ladresse de courriel");
        assertThat(apostrophes(format("Validation de l''adresse", Locale.FRENCH))).isEqualTo(1);
        assertThat(format(format("Validation de l''adresse", Locale.FRENCH), Locale.FRENCH)).isEqualTo("Validation de ladresse");
    }

    /** As Keycloak's MessageFormatterMethod does, with arguments that contain no apostrophe. */
    private static String format(String text, Locale locale) {
        Object[] arguments = {"A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9"};
        return new MessageFormat(text, locale).format(arguments);
    }

    private static long apostrophes(String text) {
        return text.chars().filter(c -> c == '\'' || c == '’').count();
    }

    /** Keycloak reads theme bundles as UTF-8. */
    private static Properties load(Path bundle) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        return messages;
    }
}
