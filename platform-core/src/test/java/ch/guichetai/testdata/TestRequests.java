package ch.guichetai.testdata;

import ch.guichetai.money.Money;
import ch.guichetai.request.Meals;
import ch.guichetai.request.TicketType;
import ch.guichetai.request.TravelAndMeals;
import ch.guichetai.request.Trip;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The content of requests for tests. */
public final class TestRequests {

    private static final LocalDate JUNE_6 = LocalDate.of(2022, 6, 6);

    private TestRequests() {
    }

    /**
     * Seed 004's form 318.632.1: Genève → Berne and back from 06.06.2022 to 10.06.2022, "Hôpital",
     * public transport CHF 102.00, five days of 5 to 8 hours (57.50): CHF 159.50 in all.
     */
    public static TravelAndMeals seed004() {
        Trip trip = new Trip(JUNE_6, JUNE_6.plusDays(4), "Hôpital", "Genève", "Berne", TicketType.RETURN,
                Money.chf("102.00"), null, false);
        Meals meals = new Meals(JUNE_6, JUNE_6.plusDays(4), JUNE_6.datesUntil(JUNE_6.plusDays(5)).toList(), List.of(),
                List.of());
        return new TravelAndMeals(List.of(trip), Optional.of(meals));
    }
}
