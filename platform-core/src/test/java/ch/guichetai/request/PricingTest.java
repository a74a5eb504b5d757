package ch.guichetai.request;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.CantonCatalogLoader;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.RateKind;
import ch.guichetai.canton.RatePeriod;
import ch.guichetai.canton.RateTable;
import ch.guichetai.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The amounts of the forms' content (ADR 0025), from rates in force on each day. */
class PricingTest {

    private static final LocalDate JUNE_6 = LocalDate.of(2022, 6, 6);
    private static final LocalDate CHANGE = LocalDate.of(2025, 1, 1);

    /** The federal flats since 2021, and invented new ones from 2025 to see a change. */
    private static final RateTable RATES = new RateTable(Map.of(
            RateKind.CAR_PER_KM, List.of(period("2021-01-01", "2024-12-31", "0.45"), period("2025-01-01", null, "0.50")),
            RateKind.MEAL_5_TO_8_HOURS, List.of(period("2021-01-01", "2024-12-31", "11.50"), period("2025-01-01", null, "12.00")),
            RateKind.MEAL_OVER_8_HOURS, List.of(period("2021-01-01", null, "19.00")),
            RateKind.LODGING_PER_NIGHT, List.of(period("2021-01-01", null, "37.50"))));

    @Test
    void seed004TotalIs159_50() {
        PricedContent priced = seed004().price(RATES);

        assertThat(priced.trips()).containsExactly(Money.chf("102.00"));
        assertThat(priced.tripsTotal()).isEqualTo(Money.chf("102.00"));
        assertThat(priced.meals()).extracting(PricedContent.MealLine::category)
                .containsExactly(MealCategory.FIVE_TO_EIGHT_HOURS, MealCategory.OVER_EIGHT_HOURS, MealCategory.LODGING);
        PricedContent.MealLine fiveToEight = priced.meals().getFirst();
        assertThat(fiveToEight.days()).isEqualTo(5);
        assertThat(fiveToEight.parts()).containsExactly(new PricedContent.RatedDays(5, Money.chf("11.50")));
        assertThat(fiveToEight.amount()).isEqualTo(Money.chf("57.50"));
        assertThat(priced.meals().get(1).days()).isZero();
        assertThat(priced.meals().get(1).amount()).isEqualTo(Money.ZERO);
        assertThat(priced.mealsTotal()).isEqualTo(Money.chf("57.50"));
        assertThat(priced.total()).isEqualTo(Money.chf("159.50"));
        assertThat(priced.unpriced()).isEmpty();
    }

    @Test
    void genevasRatesPriceSeed004Too() {
        RateTable geneva = new CantonCatalogLoader(getClass().getClassLoader())
                .load(List.of(new CantonCatalogLoader.Source("cantons.yml",
                        getClass().getClassLoader().getResourceAsStream("cantons.yml"))))
                .require(new CantonCode("ge")).rates();

        assertThat(seed004().price(geneva).total()).isEqualTo(Money.chf("159.50"));
    }

    /** Seed 004: Genève → Berne and back, 06.06.2022–10.06.2022, five days of 5 to 8 hours. */
    static TravelAndMeals seed004() {
        Trip trip = new Trip(JUNE_6, JUNE_6.plusDays(4), "Hôpital", "Genève", "Berne", TicketType.RETURN,
                Money.chf("102.00"), null, false);
        Meals meals = new Meals(JUNE_6, JUNE_6.plusDays(4), JUNE_6.datesUntil(JUNE_6.plusDays(5)).toList(), List.of(),
                List.of());
        return new TravelAndMeals(List.of(trip), Optional.of(meals));
    }

    @Test
    void aMealPeriodAcrossARateChangeIsPricedByParts() {
        LocalDate from = CHANGE.minusDays(3);
        List<LocalDate> days = from.datesUntil(CHANGE.plusDays(2)).toList(); // 29.12.2024–02.01.2025
        Meals meals = new Meals(from, CHANGE.plusDays(1), days, List.of(), List.of());

        PricedContent.MealLine line = new TravelAndMeals(List.of(), Optional.of(meals)).price(RATES).meals().getFirst();

        assertThat(line.parts()).containsExactly(new PricedContent.RatedDays(3, Money.chf("11.50")),
                new PricedContent.RatedDays(2, Money.chf("12.00")));
        assertThat(line.days()).isEqualTo(5);
        assertThat(line.amount()).isEqualTo(Money.chf("58.50")); // 34.50 + 24.00
    }

    @Test
    void aCarTripCostsItsKilometresAtTheRateOfItsFirstDay() {
        Trip before = new Trip(CHANGE.minusDays(1), CHANGE.plusDays(1), "Stage", "Sion", "Lausanne", TicketType.CAR,
                null, 187, false);
        Trip after = new Trip(CHANGE, CHANGE, "Stage", "Sion", "Lausanne", TicketType.CAR, null, 187, false);
        Trip oneKilometre = new Trip(CHANGE, CHANGE, "Stage", "Sion", "Sion", TicketType.CAR, null, 1, false);

        PricedContent priced = new TravelAndMeals(List.of(before, after, oneKilometre), Optional.empty()).price(RATES);

        assertThat(priced.trips()).containsExactly(Money.chf("84.15"), Money.chf("93.50"), Money.chf("0.50"));
        assertThat(priced.total()).isEqualTo(Money.chf("178.15"));
    }

    @Test
    void aCompanionsTicketIsATripOfItsOwn() {
        Trip trip = new Trip(JUNE_6, JUNE_6, "Placement à l'essai", "Genève", "Berne", TicketType.SINGLE,
                Money.chf("51.00"), null, false);
        Trip companion = trip.forCompanion();
        assertThat(companion.companion()).isTrue();
        assertThat(companion.ticketAmount()).isNull();
        assertThat(companion.from()).isEqualTo("Genève");
        assertThat(new TravelAndMeals(List.of(trip, companion), Optional.empty()).price(RATES).total())
                .as("the companion's amount is not typed yet").isEqualTo(Money.chf("51.00"));

        Trip typed = new Trip(JUNE_6, JUNE_6, "Placement à l'essai", "Genève", "Berne", TicketType.SINGLE,
                Money.chf("25.50"), null, true);
        assertThat(new TravelAndMeals(List.of(trip, typed), Optional.empty()).price(RATES).total())
                .isEqualTo(Money.chf("76.50"));
    }

    @Test
    void aLeapDayIsADayLikeAnyOther() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        Meals meals = new Meals(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 1),
                List.of(leapDay.minusDays(1)), List.of(leapDay), List.of(leapDay.minusDays(1), leapDay));
        Trip trip = new Trip(leapDay, leapDay, "Stage", "Berne", "Thoune", TicketType.CAR, null, 40, false);

        PricedContent priced = new TravelAndMeals(List.of(trip), Optional.of(meals)).price(RATES);

        assertThat(priced.meals()).extracting(PricedContent.MealLine::amount)
                .containsExactly(Money.chf("11.50"), Money.chf("19.00"), Money.chf("75.00"));
        assertThat(priced.trips()).containsExactly(Money.chf("18.00"));
        assertThat(priced.total()).isEqualTo(Money.chf("123.50"));
    }

    @Test
    void daysWithoutARateArePricedAtZeroAndNamed() {
        LocalDate old = LocalDate.of(2020, 12, 31);
        Trip car = new Trip(old, old, "Stage", "Sion", "Sierre", TicketType.CAR, null, 30, false);
        Trip ticket = new Trip(old, old, "Stage", "Sion", "Sierre", TicketType.SINGLE, Money.chf("8.80"), null, false);
        Meals meals = new Meals(old, old.plusDays(1), List.of(old, old.plusDays(1)), List.of(), List.of());

        PricedContent priced = new TravelAndMeals(List.of(ticket, car), Optional.of(meals)).price(RATES);

        assertThat(priced.trips()).containsExactly(Money.chf("8.80"), Money.ZERO);
        assertThat(priced.meals().getFirst().parts()).containsExactly(new PricedContent.RatedDays(1, Money.chf("11.50")));
        assertThat(priced.unpriced()).containsExactly("trips[1].kilometres", Meals.DAYS);
        assertThat(priced.total()).isEqualTo(Money.chf("20.30"));
    }

    @Test
    void incompleteInputCountsAsZero() {
        Trip noAmount = new Trip(JUNE_6, null, null, null, null, TicketType.RETURN, null, null, false);
        Trip noKilometres = new Trip(JUNE_6, null, null, null, null, TicketType.CAR, null, null, false);
        Trip noType = new Trip(null, null, null, null, null, null, null, null, false);
        PricedContent priced = new TravelAndMeals(List.of(noAmount, noKilometres, noType), Optional.empty()).price(RATES);
        assertThat(priced.total()).isEqualTo(Money.ZERO);
        assertThat(priced.unpriced()).isEmpty();
    }

    @Test
    void aGenericInvoiceCostsItsAmount() {
        GenericInvoice invoice = new GenericInvoice(JUNE_6, null, "Pharmacie", "F-17", null, Money.chf("1234.55"), null);
        assertThat(invoice.price(RATES).total()).isEqualTo(Money.chf("1234.55"));
        assertThat(new GenericInvoice(JUNE_6, null, null, null, null, null, null).price(RATES).total()).isEqualTo(Money.ZERO);
    }

    private static RatePeriod period(String from, String until, String amount) {
        return new RatePeriod(LocalDate.parse(from), Optional.ofNullable(until).map(LocalDate::parse), Money.chf(amount));
    }
}
