package ch.guichetai.report;

import ch.guichetai.canton.RateTable;
import ch.guichetai.primitives.Formats;
import ch.guichetai.request.MealCategory;
import ch.guichetai.request.Meals;
import ch.guichetai.request.PricedContent;
import ch.guichetai.request.TravelAndMeals;
import ch.guichetai.request.Trip;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Form 318.632.1 in the copy: each trip with its amount, the meals and lodging table (ticked days,
 * flat of the day, amount) and the totals, as the request's priced content has them.
 */
final class TravelAndMealsCopy {

    private TravelAndMealsCopy() {
    }

    static FormCopy of(TravelAndMeals travel, PricedContent priced, RateTable rates, CopyTexts texts) {
        Rows trips = new Rows();
        for (int i = 0; i < travel.trips().size(); i++) {
            Trip trip = travel.trips().get(i);
            trips.add(Map.of(
                    "start", Formats.date(trip.start()),
                    "end", Formats.date(trip.end()),
                    "purpose", trip.purpose(),
                    "route", texts.format("travel.route.value", trip.from(), trip.to()),
                    "ticket", ticket(trip, texts),
                    "amount", Formats.chf(priced.trips().get(i))));
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tripsTotal", Formats.chf(priced.tripsTotal()));
        parameters.put("hasMeals", travel.meals().isPresent());
        parameters.put("noMeals", travel.meals().isEmpty());
        parameters.put("mealsPeriod", travel.meals()
                .map(meals -> texts.format("copy.period", Formats.date(meals.from()), Formats.date(meals.to())))
                .orElse(""));
        parameters.put("meals", meals(travel.meals(), priced, rates, texts).dataSource());
        parameters.put("mealsTotal", Formats.chf(priced.mealsTotal()));
        parameters.put("total", Formats.chf(priced.total()));
        return new FormCopy("travel-and-meals", parameters, trips);
    }

    private static String ticket(Trip trip, CopyTexts texts) {
        String ticket = trip.ticketType().isPublicTransport()
                ? texts.text("travel.ticket." + trip.ticketType().name())
                : texts.format("travel.ticket.car", trip.kilometres());
        return trip.companion() ? texts.format("travel.companion", ticket) : ticket;
    }

    /** One row per category, as on the form; a flat for days without any is the one of the period's start. */
    private static Rows meals(Optional<Meals> meals, PricedContent priced, RateTable rates, CopyTexts texts) {
        Rows rows = new Rows();
        if (meals.isEmpty()) {
            return rows;
        }
        for (PricedContent.MealLine line : priced.meals()) {
            MealCategory category = line.category();
            String flat = line.parts().isEmpty()
                    ? rates.on(category.rate(), meals.get().from()).map(Formats::chf).orElse("")
                    : line.parts().stream().map(part -> line.parts().size() == 1 ? Formats.chf(part.rate())
                            : part.days() + " × " + Formats.chf(part.rate())).collect(Collectors.joining("\n"));
            rows.add(Map.of(
                    "days", String.valueOf(line.days()),
                    "category", texts.text("meals." + category.name()),
                    "flat", flat,
                    "amount", Formats.chf(line.amount()),
                    "dates", meals.get().days(category).stream().map(Formats::date).collect(Collectors.joining(", "))));
        }
        return rows;
    }
}
