package ch.guichetai.report;

import ch.guichetai.canton.Language;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The copy's texts in one language: the bundle {@code report/copy} (FR, DE). */
final class CopyTexts {

    private final Language language;
    private final ResourceBundle bundle;

    CopyTexts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("report/copy", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Language language() {
        return language;
    }

    /** For the templates' {@code $R{key}}. */
    ResourceBundle bundle() {
        return bundle;
    }

    String text(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }
}
