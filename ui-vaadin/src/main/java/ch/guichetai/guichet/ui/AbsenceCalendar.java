package ch.guichetai.guichet.ui;

import ch.guichetai.request.MealCategory;
import ch.guichetai.ui.UiLanguage;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * "Jours d'absence du domicile" (seed 000 §4.2.5, FORMS.md): for each category of the table, the
 * days of the accounting period as a month calendar from Monday, one checkbox a day, so that the
 * counts of the table come from the ticked days only. A day is in at most one meal category:
 * ticking it in one unticks it in the other. Each checkbox is named by its full date for screen
 * readers and is reached with the keyboard like any checkbox.
 */
class AbsenceCalendar extends CustomField<Map<MealCategory, List<LocalDate>>> {

    /** Longer periods are not drawn (a month or two is what an accounting period covers). */
    static final int MAX_DAYS = 93;

    private final Map<MealCategory, TreeSet<LocalDate>> ticked = new EnumMap<>(MealCategory.class);
    private final Map<MealCategory, Map<LocalDate, Checkbox>> boxes = new EnumMap<>(MealCategory.class);
    private final Div months = new Div();
    private final Paragraph noPeriod = new Paragraph();

    AbsenceCalendar() {
        setLabel(getTranslation("form.meals.calendar"));
        setHelperText(getTranslation("form.meals.calendar.hint"));
        setId("meals-days");
        for (MealCategory category : MealCategory.values()) {
            ticked.put(category, new TreeSet<>());
        }
        noPeriod.setText(getTranslation("form.meals.calendar.no-period", MAX_DAYS));
        noPeriod.addClassName("unavailable");
        months.addClassName("absence-calendar");
        add(new Div(noPeriod, months));
        show(null, null);
    }

    /** Draws the period's days; ticked days outside it are dropped. */
    void show(LocalDate from, LocalDate to) {
        months.removeAll();
        boxes.clear();
        boolean drawable = from != null && to != null && !to.isBefore(from) && from.plusDays(MAX_DAYS).isAfter(to);
        noPeriod.setVisible(!drawable);
        if (!drawable) {
            return;
        }
        ticked.values().forEach(days -> days.removeIf(day -> day.isBefore(from) || day.isAfter(to)));
        for (MealCategory category : MealCategory.values()) {
            Div group = new Div();
            group.addClassName("absence-category");
            group.getElement().setAttribute("role", "group");
            Span legend = new Span(getTranslation(MealsSection.labelKey(category)));
            legend.setId("meals-days-" + category.name().toLowerCase(Locale.ROOT) + "-legend");
            legend.addClassName("absence-legend");
            group.getElement().setAttribute("aria-labelledby", legend.getId().orElseThrow());
            group.add(legend);
            Map<LocalDate, Checkbox> categoryBoxes = new HashMap<>();
            for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
                group.add(month(category, month, from, to, categoryBoxes));
            }
            boxes.put(category, categoryBoxes);
            months.add(group);
        }
    }

    private Div month(MealCategory category, YearMonth month, LocalDate from, LocalDate to,
                      Map<LocalDate, Checkbox> categoryBoxes) {
        Locale locale = UiLanguage.current().locale();
        Span name = new Span(capitalized(month.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale)), locale));
        name.addClassName("month-name");
        Div days = new Div();
        days.addClassName("month-days");
        for (DayOfWeek weekday : DayOfWeek.values()) {
            Span head = new Span(weekday.getDisplayName(TextStyle.SHORT, locale));
            head.addClassName("weekday");
            head.getElement().setAttribute("aria-hidden", "true");
            days.add(head);
        }
        int blanks = month.atDay(1).getDayOfWeek().getValue() - 1;
        for (int i = 0; i < blanks; i++) {
            days.add(new Span());
        }
        DateTimeFormatter spoken = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            if (date.isBefore(from) || date.isAfter(to)) {
                Span outside = new Span(String.valueOf(day));
                outside.addClassName("outside-period");
                outside.getElement().setAttribute("aria-hidden", "true");
                days.add(outside);
                continue;
            }
            Checkbox box = new Checkbox(String.valueOf(day));
            box.setAriaLabel(date.format(spoken));
            box.setId("day-" + category.name().toLowerCase(Locale.ROOT) + "-" + date);
            box.setValue(ticked.get(category).contains(date));
            box.addValueChangeListener(change -> tick(category, date, change.getValue()));
            categoryBoxes.put(date, box);
            days.add(box);
        }
        return new Div(name, days);
    }

    private void tick(MealCategory category, LocalDate date, boolean on) {
        if (on) {
            ticked.get(category).add(date);
            MealCategory other = switch (category) {
                case FIVE_TO_EIGHT_HOURS -> MealCategory.OVER_EIGHT_HOURS;
                case OVER_EIGHT_HOURS -> MealCategory.FIVE_TO_EIGHT_HOURS;
                case LODGING -> null;
            };
            if (other != null && ticked.get(other).remove(date)) {
                boxes.get(other).get(date).setValue(false);
            }
        } else {
            ticked.get(category).remove(date);
        }
        updateValue();
    }

    List<LocalDate> days(MealCategory category) {
        return List.copyOf(ticked.get(category));
    }

    boolean isNothingTicked() {
        return ticked.values().stream().allMatch(TreeSet::isEmpty);
    }

    @Override
    protected Map<MealCategory, List<LocalDate>> generateModelValue() {
        Map<MealCategory, List<LocalDate>> value = new EnumMap<>(MealCategory.class);
        ticked.forEach((category, days) -> value.put(category, new ArrayList<>(days)));
        return value;
    }

    @Override
    protected void setPresentationValue(Map<MealCategory, List<LocalDate>> value) {
        ticked.values().forEach(TreeSet::clear);
        if (value != null) {
            value.forEach((category, days) -> ticked.get(category).addAll(days));
        }
        boxes.forEach((category, byDate) -> byDate.forEach((date, box) -> box.setValue(ticked.get(category).contains(date))));
    }

    private static String capitalized(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
