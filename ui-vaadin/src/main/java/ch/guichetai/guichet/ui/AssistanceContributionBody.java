package ch.guichetai.guichet.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.canton.RateKind;
import ch.guichetai.money.Money;
import ch.guichetai.primitives.Formats;
import ch.guichetai.primitives.InvalidValueException;
import ch.guichetai.request.AssistanceContribution;
import ch.guichetai.request.DraftState;
import ch.guichetai.request.FormContent;
import ch.guichetai.request.PricedContent;
import ch.guichetai.request.Requests;
import ch.guichetai.ui.FieldErrors;
import ch.guichetai.ui.ValueConverter;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Form 318.536 "Facture pour la contribution d'assistance" (seed 003 §4.2.4, ADR 0033): the month
 * (the current one and the twelve before), then rows 1 to 7 of the seed's table with the fields the
 * guide describes, each row's rate and amount and the total priced live by the domain with the
 * month's rates (the server prices again when sending). Row 4 shows twice; "Ajouter une ligne" adds more.
 */
class AssistanceContributionBody extends Section implements FormBody {

    private static final String HOURS_FORMAT = "form.invalid.hours";
    /** Hours typed as 12, 12.5 or 12,25; whether they are quarter hours and fit in the month is the service's check. */
    private static final ValueConverter<BigDecimal> HOURS = new ValueConverter<>(AssistanceContributionBody::hours,
            BigDecimal::toPlainString);
    private static final int SHARED_ROWS_SHOWN = 2;

    private final Requests requests;
    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final TextField standardHours = hoursField("form.assistance.standard.hours");
    private final TextField specialHours = hoursField("form.assistance.special.hours");
    private final IntegerField nightFlats = new IntegerField(getTranslation("form.assistance.nights.flats"));
    private final TextField nightRate = Amounts.field("form.assistance.nights.rate");
    private final Div sharedList = new Div();
    private final List<SharedNightsRow> sharedRows = new ArrayList<>();
    private final TextField salaryIllness = Amounts.field("form.assistance.illness.amount");
    private final TextField salaryDefault = Amounts.field("form.assistance.default.amount");
    private final TextField advance = Amounts.field("form.assistance.advance.amount");
    private final TextField monthlyContribution = Amounts.field("form.assistance.monthly-contribution");
    private final Span standardRate = rowText("rate-standard");
    private final Span standardAmount = rowText("amount-standard");
    private final Span specialRate = rowText("rate-special");
    private final Span specialAmount = rowText("amount-special");
    private final Span nightsAmount = rowText("amount-nights");
    private final Paragraph total = new Paragraph();
    private Runnable changed = () -> { };

    AssistanceContributionBody(Requests requests) {
        this.requests = requests;
        addClassName("card");
        setId("assistance-contribution");
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("MMMM yyyy", getLocale());
        month.setId(AssistanceContribution.MONTH);
        month.setLabel(getTranslation("form.assistance.month"));
        month.setRequiredIndicatorVisible(true);
        month.setItems(requests.billableMonths());
        month.setItemLabelGenerator(monthFormat::format);
        month.setHelperText(getTranslation("form.assistance.month.hint"));
        month.addValueChangeListener(change -> recompute());
        describe(standardHours, AssistanceContribution.STANDARD_HOURS, "form.assistance.standard.hint");
        describe(specialHours, AssistanceContribution.SPECIAL_HOURS, "form.assistance.special.hint");
        describe(nightFlats, AssistanceContribution.NIGHT_FLATS, "form.assistance.nights.flats.hint");
        nightFlats.setMin(0);
        nightFlats.setMax(31);
        nightFlats.setStepButtonsVisible(false);
        nightFlats.setValueChangeMode(ValueChangeMode.LAZY);
        nightFlats.addValueChangeListener(change -> recompute());
        describe(nightRate, AssistanceContribution.NIGHT_RATE, "form.assistance.nights.rate.hint");
        describe(salaryIllness, AssistanceContribution.SALARY_ILLNESS, "form.assistance.illness.hint");
        describe(salaryDefault, AssistanceContribution.SALARY_DEFAULT, "form.assistance.default.hint");
        advance.setId(AssistanceContribution.ADVANCE);
        describe(monthlyContribution, AssistanceContribution.MONTHLY_CONTRIBUTION, "form.assistance.advance.text");
        for (TextField field : new TextField[] {standardHours, specialHours, nightRate, salaryIllness, salaryDefault,
                advance, monthlyContribution}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(change -> recompute());
        }
        sharedList.addClassName("shared-nights");
        Button addShared = new Button(getTranslation("form.assistance.shared.add"), VaadinIcon.PLUS.create(),
                click -> addSharedRow());
        addShared.setId("add-shared-nights");
        total.setId("assistance-total");
        total.addClassName("total");
        add(new H2(getTranslation("form.assistance.title")), new Paragraph(getTranslation("form.assistance.text")),
                month,
                row("form.assistance.row.standard", standardHours, standardRate, standardAmount),
                row("form.assistance.row.special", specialHours, specialRate, specialAmount),
                row("form.assistance.row.nights", RequestFrame.layout(nightFlats, nightRate), nightsAmount),
                sharedList, addShared,
                row("form.assistance.row.illness", salaryIllness),
                row("form.assistance.row.default", salaryDefault),
                row("form.assistance.row.advance", RequestFrame.layout(advance, monthlyContribution)),
                total);
        for (int i = 0; i < SHARED_ROWS_SHOWN; i++) {
            addSharedRow();
        }
    }

    /** Gives a field its id (the service's key for it) and the guide's wording as helper text. */
    private <F extends Component & HasHelper> void describe(F field, String id, String hintKey) {
        field.setId(id);
        field.setHelperText(getTranslation(hintKey));
    }

    private SharedNightsRow addSharedRow() {
        SharedNightsRow row = new SharedNightsRow(sharedRows.size(), this::recompute);
        sharedRows.add(row);
        sharedList.add(row);
        recompute();
        return row;
    }

    private static Div row(String titleKey, Component... content) {
        Div row = new Div(new H3(translate(titleKey)));
        row.add(content);
        row.addClassName("assistance-row");
        return row;
    }

    private static Span rowText(String id) {
        Span text = new Span();
        text.setId(id);
        text.addClassName("row-amount");
        return text;
    }

    private static TextField hoursField(String labelKey) {
        TextField field = new TextField(translate(labelKey));
        field.setAllowedCharPattern("[0-9.,]");
        field.setMaxLength(8);
        field.addClassName("hours");
        return field;
    }

    /** Prices what is typed now with the month's rates: the amounts of the page follow every change. */
    private void recompute() {
        PricedContent priced = requests.price(content(false));
        Optional<YearMonth> chosen = Optional.ofNullable(month.getValue());
        standardRate.setText(rate(RateKind.ASSISTANCE_HOUR_STANDARD, chosen));
        specialRate.setText(rate(RateKind.ASSISTANCE_HOUR_SPECIAL_QUALIFICATION, chosen));
        standardAmount.setText(amount(priced, AssistanceContribution.ROW_STANDARD));
        specialAmount.setText(amount(priced, AssistanceContribution.ROW_SPECIAL));
        nightsAmount.setText(amount(priced, AssistanceContribution.ROW_NIGHTS));
        for (int i = 0; i < sharedRows.size(); i++) {
            sharedRows.get(i).showAmount(priced.linesTotal(AssistanceContribution.sharedRow(i)));
        }
        total.setText(getTranslation("form.assistance.total", Formats.chf(priced.total())));
        changed.run();
    }

    private String rate(RateKind kind, Optional<YearMonth> chosen) {
        String rate = chosen.flatMap(known -> requests.rate(kind, known.atDay(1))).map(Formats::chf).orElse("–");
        return getTranslation("form.assistance.rate", rate);
    }

    private String amount(PricedContent priced, String row) {
        return getTranslation("form.assistance.amount", Formats.chf(priced.linesTotal(row)));
    }

    @Override
    public InvoiceForm form() {
        return InvoiceForm.ASSISTANCE_CONTRIBUTION;
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public String documentsTextKey() {
        return "form.assistance.documents";
    }

    @Override
    public void register(FieldErrors errors) {
        errors.register(AssistanceContribution.MONTH, month);
        errors.register(AssistanceContribution.STANDARD_HOURS, standardHours);
        errors.register(AssistanceContribution.SPECIAL_HOURS, specialHours);
        errors.register(AssistanceContribution.NIGHT_FLATS, nightFlats);
        errors.register(AssistanceContribution.NIGHT_RATE, nightRate);
        for (int i = 0; i < sharedRows.size(); i++) {
            sharedRows.get(i).register(errors, i);
        }
        errors.register(AssistanceContribution.SALARY_ILLNESS, salaryIllness);
        errors.register(AssistanceContribution.SALARY_DEFAULT, salaryDefault);
        errors.register(AssistanceContribution.ADVANCE, advance);
        errors.register(AssistanceContribution.MONTHLY_CONTRIBUTION, monthlyContribution);
    }

    @Override
    public void onChange(Runnable change) {
        changed = change;
    }

    @Override
    public Map<String, Object> draft() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(AssistanceContribution.MONTH, month.getValue() == null ? null : month.getValue().toString());
        values.put(AssistanceContribution.STANDARD_HOURS, standardHours.getValue());
        values.put(AssistanceContribution.SPECIAL_HOURS, specialHours.getValue());
        values.put(AssistanceContribution.NIGHT_FLATS, nightFlats.getValue() == null ? null : nightFlats.getValue().toString());
        values.put(AssistanceContribution.NIGHT_RATE, nightRate.getValue());
        values.put(AssistanceContribution.SHARED_NIGHTS, sharedRows.stream().map(SharedNightsRow::draft).toList());
        values.put(AssistanceContribution.SALARY_ILLNESS, salaryIllness.getValue());
        values.put(AssistanceContribution.SALARY_DEFAULT, salaryDefault.getValue());
        values.put(AssistanceContribution.ADVANCE, advance.getValue());
        values.put(AssistanceContribution.MONTHLY_CONTRIBUTION, monthlyContribution.getValue());
        return values;
    }

    @Override
    public Map<String, Object> draftOf(FormContent sent) {
        AssistanceContribution assistance = (AssistanceContribution) sent;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(AssistanceContribution.MONTH, DraftValues.of(assistance.month()));
        values.put(AssistanceContribution.STANDARD_HOURS, DraftValues.of(assistance.standardHours()));
        values.put(AssistanceContribution.SPECIAL_HOURS, DraftValues.of(assistance.specialHours()));
        values.put(AssistanceContribution.NIGHT_FLATS, DraftValues.of(assistance.nightFlats()));
        values.put(AssistanceContribution.NIGHT_RATE, DraftValues.of(assistance.nightRate()));
        values.put(AssistanceContribution.SHARED_NIGHTS, assistance.sharedNights().stream().map(SharedNightsRow::draftOf).toList());
        values.put(AssistanceContribution.SALARY_ILLNESS, DraftValues.of(assistance.salaryIllness()));
        values.put(AssistanceContribution.SALARY_DEFAULT, DraftValues.of(assistance.salaryDefault()));
        values.put(AssistanceContribution.ADVANCE, DraftValues.of(assistance.advance()));
        values.put(AssistanceContribution.MONTHLY_CONTRIBUTION, DraftValues.of(assistance.monthlyContribution()));
        return values;
    }

    /** A month no longer offered (more than twelve months back now) is left empty. */
    @Override
    public void restore(DraftState draft) {
        month.setValue(yearMonth(draft.text(AssistanceContribution.MONTH))
                .filter(requests.billableMonths()::contains).orElse(null));
        DraftValues.restore(standardHours, draft.text(AssistanceContribution.STANDARD_HOURS));
        DraftValues.restore(specialHours, draft.text(AssistanceContribution.SPECIAL_HOURS));
        nightFlats.setValue(integer(draft.text(AssistanceContribution.NIGHT_FLATS)));
        DraftValues.restore(nightRate, draft.text(AssistanceContribution.NIGHT_RATE));
        List<Map<String, String>> rows = draft.rows(AssistanceContribution.SHARED_NIGHTS);
        while (sharedRows.size() < rows.size()) {
            addSharedRow();
        }
        for (int i = 0; i < rows.size(); i++) {
            sharedRows.get(i).restore(rows.get(i));
        }
        DraftValues.restore(salaryIllness, draft.text(AssistanceContribution.SALARY_ILLNESS));
        DraftValues.restore(salaryDefault, draft.text(AssistanceContribution.SALARY_DEFAULT));
        DraftValues.restore(advance, draft.text(AssistanceContribution.ADVANCE));
        DraftValues.restore(monthlyContribution, draft.text(AssistanceContribution.MONTHLY_CONTRIBUTION));
    }

    @Override
    public FormContent content() {
        return content(true);
    }

    private AssistanceContribution content(boolean markRefused) {
        return new AssistanceContribution(month.getValue(), read(HOURS, standardHours, markRefused),
                read(HOURS, specialHours, markRefused), nightFlats.getValue(), amount(nightRate, markRefused),
                sharedRows.stream().map(row -> row.sharedNights(markRefused)).toList(),
                amount(salaryIllness, markRefused), amount(salaryDefault, markRefused), amount(advance, markRefused),
                amount(monthlyContribution, markRefused));
    }

    /** The amount of a field; text that is no amount is null, and marked at the field with {@code markRefused}. */
    static Money amount(TextField field, boolean markRefused) {
        return read(Amounts.CONVERTER, field, markRefused);
    }

    private static <T> T read(ValueConverter<T> converter, TextField field, boolean markRefused) {
        if (markRefused) {
            return converter.read(field);
        }
        Result<T> result = converter.convertToModel(field.getValue(), new ValueContext(field));
        return result.isError() ? null : result.getOrThrow(IllegalStateException::new);
    }

    static BigDecimal hours(String text) {
        String plain = text.strip().replace(",", ".");
        if (!plain.matches("\\d{1,4}(\\.\\d{1,2})?")) {
            throw new InvalidValueException(HOURS_FORMAT);
        }
        return new BigDecimal(plain);
    }

    static Integer integer(String text) {
        return text == null || !text.matches("\\d{1,6}") ? null : Integer.valueOf(text);
    }

    private static Optional<YearMonth> yearMonth(String text) {
        try {
            return Optional.ofNullable(text).map(YearMonth::parse);
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
