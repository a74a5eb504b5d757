package ch.guichetai.request;

import ch.guichetai.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The amounts of a form's content, as {@link FormContent#price} computes them from the canton's
 * rates: what the form shows live, what the PDF prints and what the server stores as the total.
 * Every line is exact to the centime (ADR 0025) and the totals are sums of the lines.
 *
 * @param trips    the amount of each trip, in the order of the trips (form 318.632.1)
 * @param meals    one line per meal category, in the table's order (form 318.632.1)
 * @param amount   an amount typed as such: the invoice's amount (form 318.632); zero otherwise
 * @param unpriced the field keys of amounts for which the canton has no rate on the day: priced at
 *                 zero here, refused when sending
 */
public record PricedContent(List<Money> trips, List<MealLine> meals, Money amount, List<String> unpriced) {

    public PricedContent {
        trips = List.copyOf(trips);
        meals = List.copyOf(meals);
        Objects.requireNonNull(amount, "amount");
        unpriced = List.copyOf(unpriced);
    }

    /** "Total frais de voyage". */
    public Money tripsTotal() {
        return trips.stream().reduce(Money.ZERO, Money::plus);
    }

    /** "Total nourriture". */
    public Money mealsTotal() {
        return meals.stream().map(MealLine::amount).reduce(Money.ZERO, Money::plus);
    }

    /** "Total général": the request's total. */
    public Money total() {
        return amount.plus(tripsTotal()).plus(mealsTotal());
    }

    /** A meal category's ticked days, in parts of the same flat rate. */
    public record MealLine(MealCategory category, List<RatedDays> parts) {

        public MealLine {
            Objects.requireNonNull(category, "category");
            parts = List.copyOf(parts);
        }

        public int days() {
            return parts.stream().mapToInt(RatedDays::days).sum();
        }

        public Money amount() {
            return parts.stream().map(RatedDays::amount).reduce(Money.ZERO, Money::plus);
        }
    }

    /** Days priced at one flat rate: "5 × 11.50 = 57.50". */
    public record RatedDays(int days, Money rate) {

        public RatedDays {
            if (days < 1) {
                throw new IllegalArgumentException("days " + days);
            }
            Objects.requireNonNull(rate, "rate");
        }

        public Money amount() {
            return rate.times(BigDecimal.valueOf(days));
        }
    }
}
