package ch.guichetai.guichet.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import ch.guichetai.money.Money;
import ch.guichetai.primitives.InvalidValueException;
import ch.guichetai.ui.ValueConverter;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

/** CHF amounts on the form pages: typed as 102, 102.00, 102,50 or 1'020.50, shown as typed. */
final class Amounts {

    static final String FORMAT = "form.invalid.amount";

    /** The one converter of typed amounts (ADR 0017); whether an amount is too small or too large is the service's check. */
    static final ValueConverter<Money> CONVERTER = new ValueConverter<>(Amounts::parse,
            money -> money.amount().toPlainString());

    private Amounts() {
    }

    static TextField field(String labelKey) {
        TextField field = new TextField(translate(labelKey));
        field.setPrefixComponent(new Span("CHF"));
        field.setAllowedCharPattern("[0-9.,'’-]");
        field.setMaxLength(14);
        field.addClassName("amount");
        return field;
    }

    static Money parse(String text) {
        String plain = text.strip().replace("'", "").replace("’", "").replace(",", ".");
        try {
            return Money.chf(plain);
        } catch (IllegalArgumentException notAnAmount) {
            throw new InvalidValueException(FORMAT);
        }
    }

    /**
     * The amount typed in a field: when sending ({@code markRefused}) through the converter, which
     * marks a text that is no amount at its field; for the live totals quietly null instead.
     */
    static Money typed(TextField field, boolean markRefused) {
        if (markRefused) {
            return CONVERTER.read(field);
        }
        try {
            return field.isEmpty() ? null : parse(field.getValue());
        } catch (IllegalArgumentException notYetAnAmount) {
            return null;
        }
    }
}
