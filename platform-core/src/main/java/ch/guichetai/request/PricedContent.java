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
 * @param lines    the rows of the other forms' tables, in the form's order (see {@link Line})
 * @param unpriced the field keys of amounts for which the canton has no rate on the day: priced at
 *                 zero here, refused when sending
 */
public record PricedContent(List<Money> trips, List<MealLine> meals, Money amount, List<Line> lines,
                            List<String> unpriced) {

    public PricedContent {
        trips = List.copyOf(trips);
        meals = List.copyOf(meals);
        Objects.requireNonNull(amount, "amount");
        lines = List.copyOf(lines);
        unpriced = List.copyOf(unpriced);
    }

    /** Content priced as rows of a table only (the forms other than 318.632 and 318.632.1). */
    public static PricedContent ofLines(List<Line> lines, List<String> unpriced) {
        return new PricedContent(List.of(), List.of(), Money.ZERO, lines, unpriced);
    }

    /** The lines under one key, in order. */
    public List<Line> lines(String key) {
        return lines.stream().filter(line -> line.key().equals(key)).toList();
    }

    /** The sum of the lines. */
    public Money linesTotal() {
        return lines.stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
    }

    /** The sum of the lines under one key; zero when there is none. */
    public Money linesTotal(String key) {
        return lines(key).stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
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
        return amount.plus(tripsTotal()).plus(mealsTotal()).plus(linesTotal());
    }

    /**
     * A row of a form's table, exact to the centime: a quantity at a rate ("12.5 h × 35.30 =
     * 441.25", rounded once, half up) or an amount typed as such (quantity and rate null). The key
     * names the row as the form's field keys do ("rows.standard", "entries[2].home"), so that the
     * page and the copy find their label; several lines may share a key (the parts of a period
     * across a rate change).
     */
    public record Line(String key, BigDecimal quantity, Money rate, Money amount) {

        public Line {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(amount, "amount");
            if ((quantity == null) != (rate == null)) {
                throw new IllegalArgumentException("a line has both a quantity and a rate, or neither");
            }
        }

        /** {@code quantity × rate}. */
        public static Line rated(String key, BigDecimal quantity, Money rate) {
            return new Line(key, quantity, rate, rate.times(quantity));
        }

        /** An amount typed as such. */
        public static Line typed(String key, Money amount) {
            return new Line(key, null, null, amount);
        }
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
