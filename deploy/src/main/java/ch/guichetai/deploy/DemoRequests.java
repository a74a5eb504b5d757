package ch.guichetai.deploy;

import ch.guichetai.catalogue.DeviceNumber;
import ch.guichetai.money.Money;
import ch.guichetai.request.AssistanceContribution;
import ch.guichetai.request.AssistiveDevices;
import ch.guichetai.request.CareEntry;
import ch.guichetai.request.CarePlace;
import ch.guichetai.request.FormContent;
import ch.guichetai.request.GenericInvoice;
import ch.guichetai.request.HearingAids;
import ch.guichetai.request.HearingSection;
import ch.guichetai.request.HearingType;
import ch.guichetai.request.HelplessnessAllowanceMinors;
import ch.guichetai.request.HelplessnessDegree;
import ch.guichetai.request.IntensiveCare;
import ch.guichetai.request.Meals;
import ch.guichetai.request.SharedNights;
import ch.guichetai.request.TicketType;
import ch.guichetai.request.TravelAndMeals;
import ch.guichetai.request.Trip;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

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
        return carTrip(210);
    }

    /** A week of a trial placement by car, these kilometres in all. */
    static TravelAndMeals carTrip(int kilometres) {
        LocalDate monday = LocalDate.of(2026, 9, 7);
        Trip trip = new Trip(monday, monday.plusDays(4), "Placement à l'essai", "Domicile", "Atelier protégé",
                TicketType.CAR, null, kilometres, false);
        Meals meals = new Meals(monday, monday.plusDays(4), List.of(), monday.datesUntil(monday.plusDays(5)).toList(),
                List.of());
        return new TravelAndMeals(List.of(trip), Optional.of(meals));
    }

    static GenericInvoice invoice(String issuer, String amount) {
        return new GenericInvoice(LocalDate.of(2026, 10, 14), null, issuer, "F-2026-1014", LocalDate.of(2026, 10, 20),
                Money.chf(amount), "Selon ordonnance");
    }

    // --- form 318.632.2 ---

    /**
     * October 2026 of a child with a severe helplessness and 6 hours of intensive care a day: at home
     * 01.10–12.10 and 16.10–31.10 (26 nights), in hospital in between with its attestation:
     * 26 × (67.20 + 58.80) = CHF 3’276.00.
     */
    static HelplessnessAllowanceMinors helplessnessAllowance() {
        LocalDate first = LocalDate.of(2026, 10, 1);
        return new HelplessnessAllowanceMinors(first, first.withDayOfMonth(31), List.of(
                allowanceEntry(first, first.withDayOfMonth(12), CarePlace.DOMICILE, null),
                allowanceEntry(first.withDayOfMonth(12), first.withDayOfMonth(16), CarePlace.HOSPITAL,
                        "attestation-hopital.pdf"),
                allowanceEntry(first.withDayOfMonth(16), first.withDayOfMonth(31), CarePlace.DOMICILE, null)));
    }

    private static CareEntry allowanceEntry(LocalDate start, LocalDate end, CarePlace place, String attestation) {
        return new CareEntry(start, end, place, HelplessnessDegree.SEVERE, IntensiveCare.SIX_HOURS, attestation);
    }

    /** The files a demo request attaches: the invoice, and the attestations its entries name. */
    static List<String> fileNames(FormContent content) {
        Stream<String> attestations = content instanceof HelplessnessAllowanceMinors allowance
                ? allowance.entries().stream().map(CareEntry::attestation).filter(Objects::nonNull) : Stream.empty();
        return Stream.concat(Stream.of("facture.pdf"), attestations).toList();
    }

    /**
     * Form 318.536 for a month: 96.5 h × the standard rate, 8 h with a special qualification, 3
     * night flats at CHF 150.00 and 2 nights shared by 2 insured at CHF 90.00 (CHF 4’460.05 at the
     * 2025 rates).
     */
    static AssistanceContribution assistance(YearMonth month) {
        return new AssistanceContribution(month, new BigDecimal("96.5"), new BigDecimal("8"), 3, Money.chf("150.00"),
                List.of(new SharedNights(2, 2, Money.chf("90.00"))), null, null, null, null);
    }

    // --- form 318.635-639 ---

    /** Forms 318.635–639: a vehicle's conversion (10.05*, form 318.636), bought in October. */
    static AssistiveDevices conversion() {
        return new AssistiveDevices(LocalDate.of(2026, 10, 5), null, AssistiveDevices.Remittance.PURCHASE,
                new DeviceNumber("10.05"), Money.chf("18450.00"), "Garage du Rhône SA", "Commande au volant et accélérateur manuel");
    }

    // --- form 300.001 ---

    /** Form 300.001: hearing aids for both ears invoiced above the flat, and a year of batteries. */
    static HearingAids hearingAids() {
        HearingSection fitting = new HearingSection(LocalDate.of(2026, 9, 15), null, HearingType.FITTING_BOTH_EARS,
                Money.chf("1900.00"));
        HearingSection batteries = new HearingSection(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30),
                HearingType.BATTERIES_BOTH_EARS, Money.chf("80.00"));
        return new HearingAids(fitting, null, batteries, null, null);
    }
}
