package ch.guichetai.request;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * "Nourriture / Logement" of form 318.632.1: the accounting period ("Période comptable") and the
 * days ticked in the calendar "Jours d'absence du domicile" for each category. The ticked days are
 * the one source of the counts. A day is in at most one of the two meal categories (5 to 8 hours
 * or more than 8 hours); lodging is independent of them. Each list is kept sorted, without repeats.
 */
public record Meals(LocalDate from, LocalDate to, List<LocalDate> fiveToEightHours, List<LocalDate> overEightHours,
                    List<LocalDate> lodging) {

    /** Field keys of {@link ch.guichetai.validation.InvalidInputException}. */
    public static final String FROM = "meals.from";
    public static final String TO = "meals.to";
    public static final String DAYS = "meals.days";

    public Meals {
        fiveToEightHours = sortedCopy(fiveToEightHours);
        overEightHours = sortedCopy(overEightHours);
        lodging = sortedCopy(lodging);
    }

    /** The ticked days of a category. */
    public List<LocalDate> days(MealCategory category) {
        return switch (category) {
            case FIVE_TO_EIGHT_HOURS -> fiveToEightHours;
            case OVER_EIGHT_HOURS -> overEightHours;
            case LODGING -> lodging;
        };
    }

    /** The ticked days by category, in the table's order. */
    public Map<MealCategory, List<LocalDate>> byCategory() {
        Map<MealCategory, List<LocalDate>> days = new EnumMap<>(MealCategory.class);
        for (MealCategory category : MealCategory.values()) {
            days.put(category, days(category));
        }
        return days;
    }

    /** Days ticked both as 5 to 8 hours and as more than 8 hours, which cannot be. */
    public List<LocalDate> daysInBothMealCategories() {
        return fiveToEightHours.stream().filter(new TreeSet<>(overEightHours)::contains).toList();
    }

    /** Whether any day was ticked at all. */
    public boolean noDayTicked() {
        return fiveToEightHours.isEmpty() && overEightHours.isEmpty() && lodging.isEmpty();
    }

    private static List<LocalDate> sortedCopy(List<LocalDate> days) {
        if (days == null) {
            return List.of();
        }
        return List.copyOf(new TreeSet<>(days.stream().filter(Objects::nonNull).toList()));
    }
}
