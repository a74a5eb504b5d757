package ch.guichetai.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The fields every form asks in the same way (registration, Mon compte, beneficiaries, Ma société):
 * labels from the bundles, Swiss date formats, the countries of {@link #COUNTRIES}. The server
 * checks the values; these only present them.
 */
public final class FormFields {

    /** Today is the day in Switzerland, whatever the server's zone. */
    private static final ZoneId SWITZERLAND = ZoneId.of("Europe/Zurich");

    /** The countries a person's or company's address may be in. */
    public static final List<String> COUNTRIES = List.of("CH", "LI", "FR", "DE", "IT", "AT");

    private FormFields() {
    }

    public static TextField text(String labelKey, int maxLength) {
        TextField field = new TextField(translate(labelKey));
        field.setMaxLength(maxLength);
        return field;
    }

    /** A date in the past typed as 01.09.1972, 1.9.1972 or 01091972. */
    public static DatePicker pastDate(String labelKey) {
        DatePicker field = new DatePicker(translate(labelKey));
        field.setI18n(ComponentTexts.datePicker());
        field.setLocale(new Locale(UiLanguage.current().code(), "CH"));
        field.setMax(LocalDate.now(SWITZERLAND));
        return field;
    }

    /** One of a few values of an enum, each labelled by the key {@code itemKeyPrefix + value in lower case}. */
    @SafeVarargs
    public static <E extends Enum<E>> RadioButtonGroup<E> choice(String labelKey, String itemKeyPrefix, E... values) {
        RadioButtonGroup<E> field = new RadioButtonGroup<>(translate(labelKey));
        field.setItems(values);
        field.setItemLabelGenerator(value -> translate(itemKeyPrefix + value.name().toLowerCase(Locale.ROOT)));
        return field;
    }

    public static ComboBox<String> country(String labelKey) {
        ComboBox<String> field = new ComboBox<>(translate(labelKey));
        field.setItems(COUNTRIES);
        Locale locale = UiLanguage.current().locale();
        field.setItemLabelGenerator(code -> new Locale("", code).getDisplayCountry(locale));
        field.setAllowCustomValue(false);
        return field;
    }
}
