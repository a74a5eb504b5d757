package ch.guichetai.deploy;

import ch.guichetai.money.Money;
import ch.guichetai.request.GenericInvoice;
import ch.guichetai.request.HearingAids;
import ch.guichetai.request.HearingSection;
import ch.guichetai.request.HearingType;
import ch.guichetai.request.Meals;
import ch.guichetai.request.TicketType;
import ch.guichetai.request.TravelAndMeals;
import ch.guichetai.request.Trip;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The content of the demo requests. */
final class DemoRequests {

    /** The smallest file the document store takes for a PDF. */
    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private DemoRequests() {
    }

    /** Seed 004: Genève → Berne and back, 06.06.2022–10.06.2022, five days of 5 to 8 hours: CHF 159.50. */
    static TravelAndMeals seed004() {
        LocalDate monday = LocalDate.of(2022, 6, 6);
        Trip trip = new Trip(monday, monday.plusDays(4), "Hôpital", "Genève", "Berne", TicketType.RETURN,
                Money.chf("102.00"), null, false);
        Meals meals = new Meals(monday, monday.plusDays(4), monday.datesUntil(monday.plusDays(5)).toList(), List.of(),
                List.of());
        return new TravelAndMeals(List.of(trip), Optional.of(meals));
    }

    /** A week of a trial placement by car, 42 km a day there and back. */
    static TravelAndMeals carTrip() {
        LocalDate monday = LocalDate.of(2026, 9, 7);
        Trip trip = new Trip(monday, monday.plusDays(4), "Placement à l'essai", "Domicile", "Atelier protégé",
                TicketType.CAR, null, 210, false);
        Meals meals = new Meals(monday, monday.plusDays(4), List.of(), monday.datesUntil(monday.plusDays(5)).toList(),
                List.of());
        return new TravelAndMeals(List.of(trip), Optional.of(meals));
    }

    static GenericInvoice invoice(String issuer, String amount) {
        return new GenericInvoice(LocalDate.of(2026, 10, 14), null, issuer, "F-2026-1014", LocalDate.of(2026, 10, 20),
                Money.chf(amount), "Selon ordonnance");
    }

    /** Form 300.001: hearing aids for both ears invoiced above the flat, and a year of batteries. */
    static HearingAids hearingAids() {
        HearingSection fitting = new HearingSection(LocalDate.of(2026, 9, 15), null, HearingType.FITTING_BOTH_EARS,
                Money.chf("1900.00"));
        HearingSection batteries = new HearingSection(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30),
                HearingType.BATTERIES_BOTH_EARS, Money.chf("80.00"));
        return new HearingAids(fitting, null, batteries, null, null);
    }
}
