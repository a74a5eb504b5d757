package ch.guichetai.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows the server's verdict on a form: each problem as a translated message under its field
 * (fields are registered under the names the services use). What the user typed stays.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public <C extends Component & HasValidation> C register(String name, C field) {
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

    /** Marks the fields; returns the first one marked, to move the focus there. */
    public java.util.Optional<Component> show(Component translator, Map<String, Message> problems) {
        clear();
        Component first = null;
        for (Map.Entry<String, HasValidation> entry : fields.entrySet()) {
            Message problem = problems.get(entry.getKey());
            if (problem != null) {
                entry.getValue().setErrorMessage(translator.getTranslation(problem.key(), problem.arguments()));
                entry.getValue().setInvalid(true);
                if (first == null) {
                    first = (Component) entry.getValue();
                }
            }
        }
        return java.util.Optional.ofNullable(first);
    }

    /** A message key of the bundles and its arguments. */
    public record Message(String key, Object... arguments) {
    }
}
