package ch.guichetai.guichet.ui;

import ch.guichetai.canton.RateKind;
import ch.guichetai.money.Money;
import ch.guichetai.primitives.Formats;
import ch.guichetai.request.MealCategory;
import ch.guichetai.request.DraftState;
import ch.guichetai.request.Meals;
import ch.guichetai.request.PricedContent;
import ch.guichetai.request.Requests;
import ch.guichetai.ui.FieldErrors;
import ch.guichetai.ui.FormFields;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "Nourriture / Logement" of form 318.632.1 (seed 000 §4.2.5, 004): the accounting period, the table
 * Jour de travail | Absence du domicile | Forfait CHF | Montant whose counts are the days ticked in
 * the {@link AbsenceCalendar}, "Total nourriture" and "Total général" (trips and meals), all priced
 * by the domain with the canton's rates on every change.
 */
class MealsSection extends Section {

    private final Requests requests;
    private final DatePicker from = FormFields.pastDate("form.meals.from");
    private final DatePicker to = FormFields.pastDate("form.meals.to");
    private final AbsenceCalendar calendar = new AbsenceCalendar();
    private final Map<MealCategory, Element> counts = new EnumMap<>(MealCategory.class);
    private final Map<MealCategory, Element> rates = new EnumMap<>(MealCategory.class);
    private final Map<MealCategory, Element> amounts = new EnumMap<>(MealCategory.class);
    private final Element mealsTotal = new Element("td");
    private final Element generalTotal = new Element("td");

    MealsSection(Requests requests, Runnable changed) {
        this.requests = requests;
        addClassNames("card", "meals");
        setId("meals");
        from.setId("meals-from");
        to.setId("meals-to");
        from.addValueChangeListener(change -> periodChanged(changed));
        to.addValueChangeListener(change -> periodChanged(changed));
        calendar.addValueChangeListener(change -> changed.run());
        Paragraph what = new Paragraph(getTranslation("form.meals.text"));
        Paragraph period = new Paragraph(getTranslation("form.meals.period"));
        period.addClassName("label");
        add(new H2(getTranslation("form.meals.title")), what, period, RequestFrame.layout(from, to));
        getElement().appendChild(table());
        add(calendar);
    }

    private Element table() {
        Element table = new Element("table");
        table.setAttribute("class", "meals-table");
        table.setAttribute("id", "meals-table");
        Element head = new Element("tr");
        for (String key : new String[] {"form.meals.days", "form.meals.absence", "form.meals.rate", "form.meals.amount"}) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(getTranslation(key)));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (MealCategory category : MealCategory.values()) {
            String name = category.name().toLowerCase(Locale.ROOT);
            counts.put(category, new Element("td").setAttribute("id", "meals-count-" + name));
            rates.put(category, new Element("td").setAttribute("id", "meals-rate-" + name));
            amounts.put(category, new Element("td").setAttribute("id", "meals-amount-" + name));
            body.appendChild(new Element("tr").appendChild(counts.get(category),
                    new Element("th").setAttribute("scope", "row").setText(getTranslation(labelKey(category))),
                    rates.get(category), amounts.get(category)));
        }
        mealsTotal.setAttribute("id", "total-meals");
        generalTotal.setAttribute("id", "total-general");
        body.appendChild(totalRow("form.meals.total", mealsTotal), totalRow("form.total", generalTotal));
        table.appendChild(body);
        return table;
    }

    private Element totalRow(String labelKey, Element cell) {
        return new Element("tr").setAttribute("class", "total").appendChild(new Element("td"),
                new Element("th").setAttribute("scope", "row").setAttribute("colspan", "2").setText(getTranslation(labelKey)),
                cell);
    }

    private void periodChanged(Runnable changed) {
        calendar.show(from.getValue(), to.getValue());
        changed.run();
    }

    static String labelKey(MealCategory category) {
        return "form.meals.category." + category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Nothing asked for meals: no period, no day. */
    Optional<Meals> meals() {
        if (from.isEmpty() && to.isEmpty() && calendar.isNothingTicked()) {
            return Optional.empty();
        }
        return Optional.of(new Meals(from.getValue(), to.getValue(), calendar.days(MealCategory.FIVE_TO_EIGHT_HOURS),
                calendar.days(MealCategory.OVER_EIGHT_HOURS), calendar.days(MealCategory.LODGING)));
    }

    /** The period and the ticked days of each category, for the draft. */
    Map<String, Object> draft() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(Meals.FROM, DraftValues.of(from.getValue()));
        values.put(Meals.TO, DraftValues.of(to.getValue()));
        for (MealCategory category : MealCategory.values()) {
            values.put(daysKey(category), calendar.days(category).stream().map(LocalDate::toString).toList());
        }
        return values;
    }

    /** Sent meals as {@link #draft()} gives them. */
    static Map<String, Object> draftOf(Meals meals) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(Meals.FROM, DraftValues.of(meals.from()));
        values.put(Meals.TO, DraftValues.of(meals.to()));
        values.put(daysKey(MealCategory.FIVE_TO_EIGHT_HOURS), meals.fiveToEightHours().stream().map(LocalDate::toString).toList());
        values.put(daysKey(MealCategory.OVER_EIGHT_HOURS), meals.overEightHours().stream().map(LocalDate::toString).toList());
        values.put(daysKey(MealCategory.LODGING), meals.lodging().stream().map(LocalDate::toString).toList());
        return values;
    }

    /** The period first (it draws the calendar), then the ticked days. */
    void restore(DraftState draft) {
        DraftValues.restore(from, draft.text(Meals.FROM));
        DraftValues.restore(to, draft.text(Meals.TO));
        Map<MealCategory, List<LocalDate>> days = new EnumMap<>(MealCategory.class);
        for (MealCategory category : MealCategory.values()) {
            days.put(category, draft.texts(daysKey(category)).stream().map(DraftValues::date).filter(Objects::nonNull).toList());
        }
        calendar.setValue(days);
    }

    private static String daysKey(MealCategory category) {
        return Meals.DAYS + "." + category.name();
    }

    void register(FieldErrors errors) {
        errors.register(Meals.FROM, from);
        errors.register(Meals.TO, to);
        errors.register(Meals.DAYS, calendar);
    }

    /** The table's counts, flats and amounts, and the totals, as the domain priced them. */
    void show(PricedContent priced) {
        LocalDate day = Optional.ofNullable(from.getValue()).orElse(LocalDate.now(Formats.SWITZERLAND));
        for (MealCategory category : MealCategory.values()) {
            Optional<PricedContent.MealLine> line = priced.meals().stream()
                    .filter(candidate -> candidate.category() == category).findFirst();
            counts.get(category).setText(String.valueOf(calendar.days(category).size()));
            rates.get(category).setText(rate(category.rate(), day));
            amounts.get(category).setText(line.map(PricedContent.MealLine::amount).map(Formats::chf).orElse(Formats.chf(Money.ZERO)));
        }
        mealsTotal.setText(Formats.chf(priced.mealsTotal()));
        generalTotal.setText(Formats.chf(priced.total()));
    }

    private String rate(RateKind kind, LocalDate day) {
        return requests.rate(kind, day).map(money -> money.amount().toPlainString()).orElse("–");
    }

    AbsenceCalendar calendar() {
        return calendar;
    }
}
