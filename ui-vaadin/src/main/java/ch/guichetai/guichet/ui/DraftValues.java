package ch.guichetai.guichet.ui;

import java.math.BigDecimal;
import ch.guichetai.money.Money;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * How the form pages put their fields into a draft and back (ADR 0028): texts as typed, dates in
 * ISO form; a date that cannot be read any more is left empty.
 */
final class DraftValues {

    private DraftValues() {
    }

    static String of(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** An amount of a sent request as it could have been typed. */
    static String of(Money amount) {
        return amount == null ? null : amount.amount().toPlainString();
    }

    /** A number, or a choice by its name, of a sent request. */
    static String of(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal decimal -> decimal.toPlainString();
            case Enum<?> choice -> choice.name();
            default -> value.toString();
        };
    }

    static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /** Puts the date of a row or a state's value into its picker. */
    static void restore(DatePicker picker, String text) {
        picker.setValue(date(text));
    }

    /** Puts a text into its field; nothing there gives the field's empty value. */
    static void restore(HasValue<?, String> field, String text) {
        field.setValue(text == null ? field.getEmptyValue() : text);
    }

    /** Calls {@code change} on each change of the fields. */
    static void listen(Runnable change, HasValue<?, ?>... fields) {
        for (HasValue<?, ?> field : fields) {
            field.addValueChangeListener(event -> change.run());
        }
    }
}
