package ch.guichetai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.canton.CantonCatalogLoader;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.RateKind;
import ch.guichetai.canton.RatePeriod;
import ch.guichetai.canton.RateTable;
import ch.guichetai.catalogue.AssistiveDeviceCatalog;
import ch.guichetai.catalogue.AssistiveDeviceCatalogLoader;
import ch.guichetai.catalogue.DeviceNumber;
import ch.guichetai.money.Money;
import ch.guichetai.request.AssistiveDevices.Remittance;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.validation.InvalidInputException;
import ch.guichetai.validation.Problem;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Forms 318.635–639 (ADR 0030): the item of the catalogue, its maximum, the yearly limit of running
 * costs with the canton's shipped rates, the dates, the price of a request, on 1 December 2026.
 */
class AssistiveDevicesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate JUNE_4 = LocalDate.of(2026, 6, 4);
    static final AssistiveDeviceCatalog DEVICES = new AssistiveDeviceCatalogLoader().loadShipped();
    private static final RateTable VALAIS = new CantonCatalogLoader(AssistiveDevicesTest.class.getClassLoader())
            .load(List.of(new CantonCatalogLoader.Source("cantons.yml",
                    AssistiveDevicesTest.class.getClassLoader().getResourceAsStream("cantons.yml"))))
            .require(new CantonCode("vs")).rates();

    /** 10.05*, a vehicle's conversion, CHF 25,000 at most. */
    static AssistiveDevices conversion(Money amount) {
        return new AssistiveDevices(JUNE_4, null, Remittance.PURCHASE, new DeviceNumber("10.05"), amount,
                "Garage du Rhône SA", "Commande au volant");
    }

    @Test
    void aRequestCostsItsAmountAsOneLineAndCoversItsDays() {
        AssistiveDevices request = conversion(Money.chf("18450.00"));

        PricedContent priced = request.price(VALAIS);

        assertThat(priced.lines()).containsExactly(PricedContent.Line.typed(AssistiveDevices.AMOUNT, Money.chf("18450.00")));
        assertThat(priced.total()).isEqualTo(Money.chf("18450.00"));
        assertThat(priced.unpriced()).isEmpty();
        assertThat(request.servicePeriod()).isEqualTo(ServicePeriod.day(JUNE_4));
        assertThat(withPeriod(JUNE_4, LocalDate.of(2026, 6, 30)).servicePeriod().days()).isEqualTo(27);
        assertThat(conversion(null).price(VALAIS).total()).isEqualTo(Money.ZERO);
    }

    @Test
    void aCompleteRequestPasses() {
        assertThat(problems(conversion(Money.chf("18450.00")))).isEmpty();
        assertThat(problems(new AssistiveDevices(TODAY, null, Remittance.REPAIR, new DeviceNumber("5.01"),
                Money.chf("0.05"), null, null))).isEmpty();
    }

    @Test
    void everyRequiredFieldIsNamed() {
        AssistiveDevices empty = new AssistiveDevices(null, null, null, null, null, " ", " ");

        assertThat(problems(empty)).containsExactly(
                Map.entry(AssistiveDevices.SERVICE_FROM, "invalid.required"),
                Map.entry(AssistiveDevices.REMITTANCE, "invalid.required"),
                Map.entry(AssistiveDevices.DEVICE, "invalid.required"),
                Map.entry(AssistiveDevices.AMOUNT, "invalid.required"));
    }

    @Test
    void theInvoiceOrQuoteIsJoined() {
        RequestCheck check = new RequestCheck(TODAY, VALAIS, DEVICES);
        AssistiveDevices conversion = conversion(Money.chf("18450.00"));
        check.content(conversion, List.of());
        check.documents(List.of(), 10 * 1024 * 1024, conversion.documentsRequired());

        assertThatThrownBy(check::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems()).containsOnlyKeys(NewRequest.DOCUMENTS));
    }

    @Test
    void theItemMustBeOneOfTheCatalogue() {
        AssistiveDevices unknown = new AssistiveDevices(JUNE_4, null, Remittance.PURCHASE, new DeviceNumber("99.99"),
                Money.chf("100.00"), null, null);

        assertThat(problems(unknown)).containsExactly(Map.entry(AssistiveDevices.DEVICE, "invalid.devices.unknown-item"));
    }

    @Test
    void theAmountIsAtMostTheItemsMaximumToTheCentime() {
        assertThat(problems(conversion(Money.chf("25000.00")))).isEmpty();
        assertThat(problems(conversion(Money.chf("25000.05"))))
                .containsExactly(Map.entry(AssistiveDevices.AMOUNT, "invalid.devices.above-maximum"));
        assertThat(arguments(conversion(Money.chf("25000.05")))).containsExactly("CHF 25’000.00");

        AssistiveDevices assistanceDog = new AssistiveDevices(JUNE_4, null, Remittance.PURCHASE, new DeviceNumber("14.06"),
                Money.chf("15500.01"), null, null);
        assertThat(arguments(assistanceDog)).containsExactly("CHF 15’500.00");
        // an item without a maximum takes any amount the form takes
        AssistiveDevices workplace = new AssistiveDevices(JUNE_4, null, Remittance.PURCHASE, new DeviceNumber("13.01"),
                Money.chf("99999.95"), null, null);
        assertThat(problems(workplace)).isEmpty();
        assertThat(problems(conversion(Money.ZERO)))
                .containsExactly(Map.entry(AssistiveDevices.AMOUNT, "invalid.amount.not-positive"));
    }

    @Test
    void runningCostsAreAtMostTheYearlyContributionForEachCalendarYear() {
        assertThat(VALAIS.on(RateKind.ASSISTIVE_DEVICE_RUNNING_COSTS_PER_YEAR, TODAY)).contains(Money.chf("485.00"));
        LocalDate january = LocalDate.of(2026, 1, 1);
        LocalDate december = LocalDate.of(2026, 12, 1);

        assertThat(problems(runningCosts(january, december, "485.00"))).isEmpty();
        assertThat(problems(runningCosts(january, december, "485.05")))
                .containsExactly(Map.entry(AssistiveDevices.AMOUNT, "invalid.devices.running-costs"));
        assertThat(arguments(runningCosts(january, december, "485.05"))).containsExactly("CHF 485.00");
        assertThat(problems(runningCosts(december, null, "485.05"))).isNotEmpty();
        // a period over the turn of the year reaches into two years' contributions
        LocalDate lastDecember = LocalDate.of(2025, 12, 31);
        assertThat(problems(runningCosts(lastDecember, january, "970.00"))).isEmpty();
        assertThat(arguments(runningCosts(lastDecember, january, "970.05"))).containsExactly("CHF 970.00");
        // the other kinds of remittance have no yearly limit
        AssistiveDevices repair = new AssistiveDevices(january, december, Remittance.REPAIR, new DeviceNumber("13.01"),
                Money.chf("485.05"), null, null);
        assertThat(problems(repair)).isEmpty();
    }

    @Test
    void aGuideDogsKeepIsNotLimitedByTheGeneralYearlyContribution() {
        // OMAI/HVI art. 7 al. 4: the annex fixes a monthly contribution for a guide dog (11.02)
        assertThat(DEVICES.find(new DeviceNumber("11.02")).orElseThrow().ownRunningCosts()).isTrue();
        AssistiveDevices keep = new AssistiveDevices(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30),
                Remittance.RUNNING_COSTS, new DeviceNumber("11.02"), Money.chf("1210.00"), null, null);
        assertThat(problems(keep)).isEmpty();
        assertThat(problems(runningCosts(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30), "1210.00")))
                .as("an item without its own contribution").containsOnlyKeys(AssistiveDevices.AMOUNT);
    }

    @Test
    void aYearWithoutARateHasNoLimit() {
        RateTable until2025 = new RateTable(Map.of(RateKind.ASSISTIVE_DEVICE_RUNNING_COSTS_PER_YEAR,
                List.of(new RatePeriod(LocalDate.of(2021, 1, 1), Optional.of(LocalDate.of(2025, 12, 31)), Money.chf("485.00")))));
        AssistiveDevices lastYear = runningCosts(LocalDate.of(2025, 3, 1), null, "485.05");
        AssistiveDevices thisYear = runningCosts(LocalDate.of(2026, 3, 1), null, "485.05");

        assertThat(problems(lastYear, until2025)).containsOnlyKeys(AssistiveDevices.AMOUNT);
        assertThat(problems(thisYear, until2025)).isEmpty();
    }

    @Test
    void theDatesAreNeitherInTheFutureNorTooOldAndInOrder() {
        assertThat(problems(withPeriod(TODAY.plusDays(1), null)))
                .containsExactly(Map.entry(AssistiveDevices.SERVICE_FROM, "invalid.date.future"));
        assertThat(problems(withPeriod(LocalDate.of(2021, 11, 30), null)))
                .containsExactly(Map.entry(AssistiveDevices.SERVICE_FROM, "invalid.date.too-old"));
        assertThat(problems(withPeriod(LocalDate.of(2021, 12, 1), TODAY))).isEmpty();
        assertThat(problems(withPeriod(JUNE_4, JUNE_4.minusDays(1))))
                .containsExactly(Map.entry(AssistiveDevices.SERVICE_TO, ServicePeriod.END_BEFORE_START));
        assertThat(problems(withPeriod(JUNE_4, TODAY.plusDays(1))))
                .containsExactly(Map.entry(AssistiveDevices.SERVICE_TO, "invalid.date.future"));
    }

    @Test
    void supplierAndDescriptionHaveTheirLengths() {
        AssistiveDevices longTexts = new AssistiveDevices(JUNE_4, null, Remittance.PURCHASE, new DeviceNumber("5.01"),
                Money.chf("900.00"), "s".repeat(AssistiveDevices.SUPPLIER_MAX_LENGTH + 1),
                "d".repeat(AssistiveDevices.DESCRIPTION_MAX_LENGTH + 1));

        assertThat(problems(longTexts)).containsExactly(Map.entry(AssistiveDevices.SUPPLIER, "invalid.too-long"),
                Map.entry(AssistiveDevices.DESCRIPTION, "invalid.too-long"));
        assertThatThrownBy(() -> new DeviceNumber("10.5")).isInstanceOf(IllegalArgumentException.class);
    }

    private static AssistiveDevices withPeriod(LocalDate from, LocalDate to) {
        return new AssistiveDevices(from, to, Remittance.RENTAL, new DeviceNumber("11.02"), Money.chf("120.00"), null, null);
    }

    private static AssistiveDevices runningCosts(LocalDate from, LocalDate to, String amount) {
        return new AssistiveDevices(from, to, Remittance.RUNNING_COSTS, new DeviceNumber("13.01"), Money.chf(amount),
                null, null);
    }

    private static Map<String, String> problems(AssistiveDevices request) {
        return problems(request, VALAIS);
    }

    private static Map<String, String> problems(AssistiveDevices request, RateTable rates) {
        return check(request, rates).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().messageKey(), (a, b) -> a, LinkedHashMap::new));
    }

    private static List<Object> arguments(AssistiveDevices request) {
        return List.of(check(request, VALAIS).get(AssistiveDevices.AMOUNT).arguments());
    }

    private static Map<String, Problem> check(AssistiveDevices request, RateTable rates) {
        RequestCheck check = new RequestCheck(TODAY, rates, DEVICES);
        check.content(request, List.of(TestBeneficiaries.procuration("facture.pdf", TestBeneficiaries.PDF)));
        try {
            check.throwIfAny();
            return Map.of();
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }
}
