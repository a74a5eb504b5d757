package ch.guichetai.canton;

import java.util.EnumMap;
import java.util.Map;

/** A configured text in every language of the platform (FR and DE). */
public record LocalizedText(Map<Language, String> values) {

    public LocalizedText {
        values = Map.copyOf(new EnumMap<>(values));
        for (Language language : Language.values()) {
            String value = values.get(language);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("text in '" + language.code() + "' is missing");
            }
        }
    }

    public String in(Language language) {
        return values.get(language);
    }
}
