package ch.guichetai.validation;

import ch.guichetai.primitives.InvalidValueException;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.primitives.PostalCode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Checks a form field by field and keeps the first problem of each field; the one place for the
 * checks every form shares (texts, names, dates of birth, postal addresses, value objects).
 * {@link #throwIfAny()} then rejects the whole form at once with an {@link InvalidInputException}.
 * A feature with checks of its own extends it (see {@code Beneficiaries}).
 */
public class FieldCheck {

    /**
     * Letters (any script, with their accents), spaces, apostrophes, hyphens and dots: what
     * Keycloak's person-name rule accepts too, so that its refusal never surprises the user.
     */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.\\-]*");
    private static final ZoneId SWITZERLAND = ZoneId.of("Europe/Zurich");

    private final Map<String, Problem> problems = new LinkedHashMap<>();

    /** The value built from the field, or null (and a problem) when the value object refuses it. */
    public <T> T value(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            problems.putIfAbsent(field, Problem.of(e));
            return null;
        }
    }

    /** A required text of at most {@code maxLength} characters, stripped. */
    public String text(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            problems.putIfAbsent(field, Problem.required());
            return null;
        }
        return optionalText(field, text, maxLength);
    }

    /** An optional text of at most {@code maxLength} characters, stripped; null when blank. */
    public String optionalText(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            problem(field, "invalid.too-long", maxLength);
            return null;
        }
        return stripped;
    }

    /** A required first or last name. */
    public String name(String field, String text) {
        String name = text(field, text, 100);
        if (name != null && !NAME.matcher(name).matches()) {
            problem(field, "invalid.name.characters");
            return null;
        }
        return name;
    }

    /** A required, plausible date of birth (field {@code birthDate}). */
    public LocalDate birthDate(LocalDate birthDate) {
        if (birthDate == null) {
            problems.putIfAbsent("birthDate", Problem.required());
            return null;
        }
        LocalDate today = LocalDate.now(SWITZERLAND);
        boolean plausible = !birthDate.isAfter(today) && birthDate.isAfter(today.minusYears(130));
        require(plausible, "birthDate", "invalid.birth-date");
        return plausible ? birthDate : null;
    }

    /** Fields named {@code street}… or, with a prefix, {@code representativeStreet}…. */
    public PostalAddress address(String prefix, String street, String postalCode, String locality, String country) {
        Function<String, String> field = name -> prefix.isEmpty() ? name
                : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        String streetText = text(field.apply("street"), street, 200);
        String localityText = text(field.apply("locality"), locality, 100);
        String countryCode = text(field.apply("country"), country, 2);
        if (countryCode == null) {
            return null;
        }
        PostalCode code = value(field.apply("postalCode"), () -> PostalCode.of(countryCode, postalCode));
        if (streetText == null || localityText == null || code == null) {
            return null;
        }
        return value(field.apply("country"), () -> new PostalAddress(streetText, code.value(), localityText, countryCode));
    }

    /**
     * A required value that is not text: a choice (a title, a role…), or a value object that a
     * form's Binder converter built from the typed text (empty text gives none).
     */
    public void required(String field, Object value) {
        if (value == null) {
            problems.putIfAbsent(field, Problem.required());
        }
    }

    public void require(boolean condition, String field, String messageKey, Object... arguments) {
        if (!condition) {
            problem(field, messageKey, arguments);
        }
    }

    public void problem(String field, String messageKey, Object... arguments) {
        problems.putIfAbsent(field, new Problem(messageKey, arguments));
    }

    public boolean ok(String field) {
        return !problems.containsKey(field);
    }

    /** @throws InvalidInputException with every problem found, in the order the fields were checked */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
