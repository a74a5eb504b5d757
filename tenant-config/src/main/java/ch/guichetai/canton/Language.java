package ch.guichetai.canton;

import java.util.Locale;

/** A language the platform speaks; user-visible text exists in each of them. */
public enum Language {
    FR(Locale.FRENCH),
    DE(Locale.GERMAN);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The language of a locale, if the platform speaks it ("de-CH" gives DE). */
    public static java.util.Optional<Language> of(Locale locale) {
        for (Language language : values()) {
            if (language.code().equals(locale.getLanguage())) {
                return java.util.Optional.of(language);
            }
        }
        return java.util.Optional.empty();
    }

    static Language fromCode(String code) {
        for (Language language : values()) {
            if (language.code().equals(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "' (expected fr or de)");
    }
}
