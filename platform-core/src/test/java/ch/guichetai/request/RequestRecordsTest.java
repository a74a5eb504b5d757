package ch.guichetai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.canton.CantonCode;
import ch.guichetai.primitives.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestRecordsTest {

    @Test
    void aServicePeriodCountsBothEndsAndRefusesAnEndBeforeItsStart() {
        ServicePeriod june = new ServicePeriod(LocalDate.of(2022, 6, 6), LocalDate.of(2022, 6, 10));
        assertThat(june.days()).isEqualTo(5);
        assertThat(june.dates()).hasSize(5).startsWith(LocalDate.of(2022, 6, 6)).endsWith(LocalDate.of(2022, 6, 10));
        assertThat(june.contains(LocalDate.of(2022, 6, 10))).isTrue();
        assertThat(june.contains(LocalDate.of(2022, 6, 11))).isFalse();
        assertThat(ServicePeriod.day(LocalDate.of(2024, 2, 29)).days()).isEqualTo(1);
        assertThat(ServicePeriod.day(LocalDate.of(2024, 2, 29)).isSingleDay()).isTrue();
        assertThat(new ServicePeriod(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 1)).days()).isEqualTo(3);
        assertThat(new ServicePeriod(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 1)).days()).isEqualTo(2);

        assertThatThrownBy(() -> new ServicePeriod(LocalDate.of(2022, 6, 10), LocalDate.of(2022, 6, 9)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(ServicePeriod.END_BEFORE_START));
    }

    @Test
    void aReferenceIsTheCantonTheYearAndASixDigitNumber() {
        RequestReference reference = new RequestReference(new CantonCode("ge"), 2026, 123);
        assertThat(reference).hasToString("GE-2026-000123");
        assertThat(RequestReference.parse("GE-2026-000123")).isEqualTo(reference);
        assertThat(new RequestReference(new CantonCode("vs"), 2027, 1_234_567)).hasToString("VS-2027-1234567");
        assertThatThrownBy(() -> RequestReference.parse("GE-2026-12")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequestReference(new CantonCode("ge"), 2026, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGenericInvoiceIsForOneDayOrAPeriod() {
        LocalDate day = LocalDate.of(2024, 6, 4);
        assertThat(new GenericInvoice(day, null, "Dr X", "F-1", null, null, null).servicePeriod())
                .isEqualTo(ServicePeriod.day(day));
        assertThat(new GenericInvoice(day, day.plusDays(3), "Dr X", "F-1", null, null, null).servicePeriod().days())
                .isEqualTo(4);
    }

    @Test
    void theTravelFormCoversItsTripsAndItsMeals() {
        Trip trip = new Trip(LocalDate.of(2022, 6, 6), LocalDate.of(2022, 6, 10), "Hôpital", "Genève", "Berne",
                TicketType.RETURN, null, null, false);
        Meals meals = new Meals(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 8), null, null, null);
        assertThat(new TravelAndMeals(List.of(trip), java.util.Optional.of(meals)).servicePeriod())
                .isEqualTo(new ServicePeriod(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 10)));
        assertThat(TravelAndMeals.tripField(0, Trip.START)).isEqualTo("trips[0].start");
    }

    @Test
    void mealDaysAreSortedWithoutRepeatsAndADayInBothMealCategoriesIsFound() {
        LocalDate monday = LocalDate.of(2022, 6, 6);
        Meals meals = new Meals(monday, monday.plusDays(4), List.of(monday.plusDays(1), monday, monday),
                List.of(monday.plusDays(1), monday.plusDays(2)), List.of(monday.plusDays(1)));
        assertThat(meals.fiveToEightHours()).containsExactly(monday, monday.plusDays(1));
        assertThat(meals.daysInBothMealCategories()).containsExactly(monday.plusDays(1));
        assertThat(new Meals(monday, monday, List.of(monday), List.of(), List.of(monday)).daysInBothMealCategories())
                .as("lodging is no meal category").isEmpty();
    }
}
