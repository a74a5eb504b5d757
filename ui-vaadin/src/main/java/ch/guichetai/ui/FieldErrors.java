package ch.guichetai.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import ch.guichetai.validation.InvalidInputException;
import ch.guichetai.validation.Problem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way a form shows the server's verdict (ADR 0017): each {@link Problem} as a translated
 * message under its field, the field marked invalid, the first of them (in the order the fields
 * were registered, the order of the page) focused, else scrolled to; Vaadin's fields announce
 * their error message to screen readers. What the user typed stays. Fields are registered under
 * the names the services use; an empty required field is told with the field's own label
 * ("Le champ Nom est obligatoire.").
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** @param field a field with a visible label (or an ARIA label), which the required-field message names */
    public <C extends Component & HasValidation> C register(String name, C field) {
        if (label(field) == null) {
            throw new IllegalArgumentException("field " + name + " has no label to name in its messages");
        }
        fields.put(name, field);
        return field;
    }

    public HasValidation field(String name) {
        return fields.get(name);
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** @return the problems of fields this form does not have, in their order */
    public Map<String, Problem> show(InvalidInputException invalid) {
        return show(invalid.problems());
    }

    public void show(String field, Problem problem) {
        show(Map.of(field, problem));
    }

    /**
     * Replaces the messages shown before; problems of fields this form does not have are not shown
     * at a field but returned, for the form to list them.
     */
    public Map<String, Problem> show(Map<String, Problem> problems) {
        clear();
        Map<String, Problem> elsewhere = new LinkedHashMap<>(problems);
        elsewhere.keySet().removeAll(fields.keySet());
        Component first = null;
        for (Map.Entry<String, HasValidation> entry : fields.entrySet()) {
            Problem problem = problems.get(entry.getKey());
            if (problem != null) {
                HasValidation field = entry.getValue();
                field.setErrorMessage(message((Component) field, problem));
                field.setInvalid(true);
                if (first == null) {
                    first = (Component) field;
                }
            }
        }
        focus(first);
        return elsewhere;
    }

    /** The registered fields marked invalid now (by the server's problems or their own converter), in page order. */
    public List<Component> invalidFields() {
        return fields.values().stream().filter(HasValidation::isInvalid).map(Component.class::cast).toList();
    }

    /** Moves the focus to a field, or scrolls to it when it cannot take the focus. */
    public static void focus(Component field) {
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        } else if (field != null) {
            field.scrollIntoView();
        }
    }

    /** The translated text of a problem at this field; a required field's message names its label. */
    static String message(Component field, Problem problem) {
        return problem.isRequired() ? translate(problem.messageKey(), label(field))
                : translate(problem.messageKey(), problem.arguments());
    }

    /** The field's visible label, or its ARIA label. */
    public static String label(Component field) {
        String label = field instanceof HasLabel labelled ? labelled.getLabel() : null;
        return label == null || label.isBlank() ? field.getElement().getAttribute("aria-label") : label;
    }
}
