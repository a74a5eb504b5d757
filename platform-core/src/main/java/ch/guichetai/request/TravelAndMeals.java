package ch.guichetai.request;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.canton.RateKind;
import ch.guichetai.canton.RateTable;
import ch.guichetai.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Form 318.632.1, "Facture pour frais de voyage et nourriture": the trips ("Frais de voyage", at
 * least one) and optionally the meals and lodging ("Nourriture / Logement").
 */
public record TravelAndMeals(List<Trip> trips, Optional<Meals> meals) implements FormContent {

    /** Field key when there is no trip at all. */
    public static final String TRIPS = "trips";

    public TravelAndMeals {
        trips = trips == null ? List.of() : List.copyOf(trips);
        meals = Objects.requireNonNullElse(meals, Optional.empty());
    }

    /** The key of a field of the trip at {@code index}: {@code trips[0].start}. */
    public static String tripField(int index, String field) {
        return TRIPS + "[" + index + "]." + field;
    }

    @Override
    public InvoiceForm form() {
        return InvoiceForm.TRAVEL_AND_MEALS;
    }

    /** From the first day of a trip or of the meals' period to the last. */
    @Override
    public ServicePeriod servicePeriod() {
        List<ServicePeriod> periods = new ArrayList<>();
        trips.forEach(trip -> periods.add(new ServicePeriod(trip.start(), trip.end())));
        meals.ifPresent(m -> periods.add(new ServicePeriod(m.from(), m.to())));
        return periods.stream().reduce(ServicePeriod::span)
                .orElseThrow(() -> new IllegalStateException("neither trips nor meals"));
    }

    /**
     * A public-transport trip costs its ticket; a car trip its kilometres × the car rate in force on
     * the trip's first day. Each meal category costs its ticked days × the flat in force on each
     * day, so a period across a rate change is priced by parts.
     */
    @Override
    public PricedContent price(RateTable rates) {
        List<String> unpriced = new ArrayList<>();
        List<Money> tripAmounts = new ArrayList<>();
        for (int i = 0; i < trips.size(); i++) {
            tripAmounts.add(price(trips.get(i), rates, tripField(i, Trip.KILOMETRES), unpriced));
        }
        List<PricedContent.MealLine> mealLines = new ArrayList<>();
        meals.ifPresent(m -> m.byCategory().forEach((category, days) ->
                mealLines.add(price(category, days, rates, unpriced))));
        return new PricedContent(tripAmounts, mealLines, Money.ZERO, List.of(), unpriced);
    }

    private static Money price(Trip trip, RateTable rates, String field, List<String> unpriced) {
        if (!trip.byCar()) {
            return Objects.requireNonNullElse(trip.ticketAmount(), Money.ZERO);
        }
        if (trip.kilometres() == null || trip.start() == null) {
            return Money.ZERO;
        }
        Optional<Money> rate = rates.on(RateKind.CAR_PER_KM, trip.start());
        if (rate.isEmpty()) {
            unpriced.add(field);
            return Money.ZERO;
        }
        return rate.get().times(BigDecimal.valueOf(trip.kilometres()));
    }

    private static PricedContent.MealLine price(MealCategory category, List<LocalDate> days, RateTable rates,
                                                List<String> unpriced) {
        Map<Money, Integer> daysByRate = new LinkedHashMap<>();
        for (LocalDate day : days) {
            Optional<Money> rate = rates.on(category.rate(), day);
            if (rate.isEmpty()) {
                if (!unpriced.contains(Meals.DAYS)) {
                    unpriced.add(Meals.DAYS);
                }
            } else {
                daysByRate.merge(rate.get(), 1, Integer::sum);
            }
        }
        List<PricedContent.RatedDays> parts = new ArrayList<>();
        daysByRate.forEach((rate, count) -> parts.add(new PricedContent.RatedDays(count, rate)));
        return new PricedContent.MealLine(category, parts);
    }
}
