package ch.guichetai.ui;

import ch.guichetai.primitives.InvalidValueException;
import ch.guichetai.validation.Problem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.util.function.Function;

/**
 * Binds a value object to a text field (STYLE.md, ADR 0017): the value object's factory checks the
 * typed text, and its refusal shows at the field in the words {@link FieldErrors} uses for the
 * server's problems. Empty text is no value (null): whether the field is required is the service's
 * check ({@code FieldCheck.required}), so that it is said once, by the server, like every other
 * problem of the form. For example
 * {@code binder.forField(avs).withConverter(new ValueConverter<>(AvsNumber::of, AvsNumber::formatted)).bind(…)}.
 */
public final class ValueConverter<T> implements Converter<String, T> {

    private final Function<String, T> parse;
    private final Function<T, String> format;

    /**
     * @param parse  the value object's factory, which throws {@link InvalidValueException} for text it refuses
     * @param format how the value is shown in the field
     */
    public ValueConverter(Function<String, T> parse, Function<T, String> format) {
        this.parse = parse;
        this.format = format;
    }

    @Override
    public Result<T> convertToModel(String text, ValueContext context) {
        if (text == null || text.isBlank()) {
            return Result.ok(null);
        }
        try {
            return Result.ok(parse.apply(text));
        } catch (InvalidValueException refused) {
            return Result.error(FieldErrors.message(context.getComponent().orElseThrow(), Problem.of(refused)));
        }
    }

    /**
     * The value object of a field's text without a Binder (a form of rows that come and go): null
     * for empty text; text the factory refuses is marked at the field in the same words, and gives
     * null too, so check {@link HasValidation#isInvalid()} before sending.
     */
    public <C extends Component & HasValue<?, String> & HasValidation> T read(C field) {
        Result<T> result = convertToModel(field.getValue(), new ValueContext(field));
        if (result.isError()) {
            field.setErrorMessage(result.getMessage().orElseThrow());
            field.setInvalid(true);
            return null;
        }
        return result.getOrThrow(IllegalStateException::new);
    }

    @Override
    public String convertToPresentation(T value, ValueContext context) {
        return value == null ? "" : format.apply(value);
    }
}
