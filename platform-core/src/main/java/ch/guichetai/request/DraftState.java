package ch.guichetai.request;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What a form page holds while it is being filled (ADR 0028): its fields' values as typed, which
 * may be incomplete or invalid (a half-typed IBAN, an amount "12,"), by the page's own names. A
 * value is a text (dates in ISO form, ticks as "true"), a list of texts (ticked days), a list of
 * rows of texts (trips) or null (nothing there). Never checked as a request: that happens when it is sent.
 */
public record DraftState(Map<String, Object> values) {

    public DraftState {
        Objects.requireNonNull(values, "values");
        values.forEach((name, value) -> {
            if (value != null && !isText(value) && !isListOf(value, DraftState::isText) && !isListOf(value, DraftState::isRow)) {
                throw new IllegalArgumentException("draft value " + name + " is not text, texts or rows of text");
            }
        });
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values)); // null values allowed, unlike Map.copyOf
    }

    /** The text of a field, or null when the page had none. */
    public String text(String name) {
        return values.get(name) instanceof String text ? text : null;
    }

    @SuppressWarnings("unchecked")
    public List<String> texts(String name) {
        return values.get(name) instanceof List<?> list && isListOf(list, DraftState::isText) ? (List<String>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, String>> rows(String name) {
        return values.get(name) instanceof List<?> list && isListOf(list, DraftState::isRow)
                ? (List<Map<String, String>>) list : List.of();
    }

    private static boolean isText(Object value) {
        return value instanceof String;
    }

    private static boolean isRow(Object value) {
        return value instanceof Map<?, ?> row && row.entrySet().stream()
                .allMatch(entry -> entry.getKey() instanceof String && (entry.getValue() == null || isText(entry.getValue())));
    }

    private static boolean isListOf(Object value, Predicate<Object> element) {
        return value instanceof List<?> list && list.stream().allMatch(element);
    }
}
