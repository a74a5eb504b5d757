package ch.guichetai.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Language;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class UiLanguageTest {

    @Autowired
    CantonCatalog catalog;

    @Test
    void aCantonWithOneLanguageAlwaysSpeaksIt() {
        var geneva = catalog.require(new CantonCode("ge"));

        assertThat(UiLanguage.choose(geneva, Optional.empty(), List.of(Locale.forLanguageTag("de-CH"))))
                .isEqualTo(Language.FR);
        assertThat(UiLanguage.choose(geneva, Optional.of(Language.DE), List.of())).isEqualTo(Language.FR);
    }

    @Test
    void theBrowsersFirstLanguageTheCantonSpeaksWins() {
        var bern = catalog.require(new CantonCode("be"));

        assertThat(UiLanguage.choose(bern, Optional.empty(), List.of())).isEqualTo(Language.DE);
        assertThat(UiLanguage.choose(bern, Optional.empty(),
                List.of(Locale.forLanguageTag("it-CH"), Locale.forLanguageTag("fr-CH"), Locale.GERMAN)))
                .isEqualTo(Language.FR);
        assertThat(UiLanguage.choose(bern, Optional.empty(), List.of(Locale.ENGLISH))).isEqualTo(Language.DE);
    }

    @Test
    void theUsersChoiceBeatsTheBrowser() {
        var valais = catalog.require(new CantonCode("vs"));

        assertThat(UiLanguage.choose(valais, Optional.of(Language.DE), List.of(Locale.FRENCH))).isEqualTo(Language.DE);
    }
}
