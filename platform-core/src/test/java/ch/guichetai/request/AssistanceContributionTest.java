package ch.guichetai.request;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.CantonCatalogLoader;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.RateKind;
import ch.guichetai.canton.RateTable;
import ch.guichetai.catalogue.AssistiveDeviceCatalog;
import ch.guichetai.money.Money;
import ch.guichetai.validation.InvalidInputException;
import ch.guichetai.validation.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Form 318.536 (ADR 0033): the table's amounts from the rates configured for the month (Geneva's,
 * the federal ones), and the server's checks with their boundaries: the months of 28 to 31 days,
 * 29 February 2024, the rate change between December 2024 and January 2025, the advance's cap and
 * the twelve months an invoice reaches back.
 */
class AssistanceContributionTest {

    private static final RateTable RATES = new CantonCatalogLoader(AssistanceContributionTest.class.getClassLoader())
            .load(List.of(new CantonCatalogLoader.Source("cantons.yml",
                    AssistanceContributionTest.class.getClassLoader().getResourceAsStream("cantons.yml"))))
            .require(new CantonCode("ge")).rates();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final YearMonth AUGUST_2024 = YearMonth.of(2024, 8);

    @Test
    void everyRowOfTheTableIsPricedAndTheTotalIsTheirSum() {
        Typed typed = new Typed(AUGUST_2024);
        typed.standardHours = "100";
        typed.specialHours = "10.25";
        typed.nightFlats = 5;
        typed.nightRate = "150.00";
        typed.shared.add(new SharedNights(2, 4, Money.chf("80.00")));
        typed.shared.add(new SharedNights(3, 2, Money.chf("60.50")));
        typed.salaryIllness = "200.00";
        typed.salaryDefault = "100.00";
        typed.advance = "500.00";
        typed.monthlyContribution = "6000.00";

        PricedContent priced = typed.build().price(RATES);

        assertThat(priced.lines(AssistanceContribution.ROW_STANDARD))
                .containsExactly(PricedContent.Line.rated("rows.standard", new BigDecimal("100"), Money.chf("34.30")));
        assertThat(priced.lines("rows.standard").getFirst().amount()).isEqualTo(Money.chf("3430.00"));
        assertThat(priced.lines(AssistanceContribution.ROW_SPECIAL).getFirst().amount())
                .as("10.25 h × 51.50 = 527.875, rounded half up").isEqualTo(Money.chf("527.88"));
        assertThat(priced.lines(AssistanceContribution.ROW_NIGHTS).getFirst().amount()).isEqualTo(Money.chf("750.00"));
        assertThat(priced.lines(AssistanceContribution.sharedRow(0)).getFirst().amount()).isEqualTo(Money.chf("320.00"));
        assertThat(priced.lines("rows.shared[1]").getFirst().amount()).isEqualTo(Money.chf("121.00"));
        assertThat(priced.lines(AssistanceContribution.ROW_ILLNESS))
                .containsExactly(PricedContent.Line.typed("rows.illness", Money.chf("200.00")));
        assertThat(priced.lines(AssistanceContribution.ROW_DEFAULT).getFirst().amount()).isEqualTo(Money.chf("100.00"));
        assertThat(priced.lines(AssistanceContribution.ROW_ADVANCE).getFirst().amount()).isEqualTo(Money.chf("500.00"));
        assertThat(priced.total()).isEqualTo(Money.chf("5948.88"));
        assertThat(priced.unpriced()).isEmpty();
        assertThat(priced.lines(AssistanceContribution.ROW_STANDARD)).noneMatch(line -> line.key().equals("monthlyContribution"));
    }

    @Test
    void theHourlyRatesChangeBetweenDecember2024AndJanuary2025() {
        Typed december = new Typed(YearMonth.of(2024, 12));
        december.standardHours = "10";
        december.specialHours = "10";
        Typed january = new Typed(YearMonth.of(2025, 1));
        january.standardHours = "10";
        january.specialHours = "10";

        PricedContent before = december.build().price(RATES);
        PricedContent after = january.build().price(RATES);

        assertThat(before.lines("rows.standard").getFirst().rate()).isEqualTo(Money.chf("34.30"));
        assertThat(before.lines("rows.special").getFirst().rate()).isEqualTo(Money.chf("51.50"));
        assertThat(before.total()).isEqualTo(Money.chf("858.00"));
        assertThat(after.lines("rows.standard").getFirst().rate()).isEqualTo(Money.chf("35.30"));
        assertThat(after.lines("rows.special").getFirst().rate()).isEqualTo(Money.chf("52.95"));
        assertThat(after.total()).isEqualTo(Money.chf("882.50"));
        assertThat(RATES.on(RateKind.ASSISTANCE_NIGHT_MAXIMUM, LocalDate.of(2024, 12, 31))).contains(Money.chf("164.35"));
        assertThat(RATES.on(RateKind.ASSISTANCE_NIGHT_MAXIMUM, LocalDate.of(2025, 1, 1))).contains(Money.chf("169.10"));
        assertThat(RATES.on(RateKind.ASSISTANCE_NIGHT_MAXIMUM, TODAY)).contains(Money.chf("169.10"));
        assertThat(RATES.on(RateKind.ASSISTANCE_HOUR_STANDARD, TODAY)).contains(Money.chf("35.30"));
    }

    @Test
    void aQuarterHourIsRoundedOnceHalfUpAndEmptyRowsHaveNoLine() {
        Typed typed = new Typed(YearMonth.of(2026, 11));
        typed.standardHours = "0.25";
        typed.shared.add(new SharedNights(null, null, null));

        PricedContent priced = typed.build().price(RATES);

        assertThat(priced.lines()).extracting(PricedContent.Line::key).containsExactly("rows.standard");
        assertThat(priced.total()).as("0.25 × 35.30 = 8.825").isEqualTo(Money.chf("8.83"));
    }

    @Test
    void hoursWithoutAMonthAreNotPricedAndAMonthWithoutARateIsNamed() {
        Typed noMonth = new Typed(null);
        noMonth.standardHours = "10";
        Typed before2023 = new Typed(YearMonth.of(2022, 12));
        before2023.standardHours = "10";
        before2023.specialHours = "1";

        assertThat(noMonth.build().price(RATES).lines()).isEmpty();
        assertThat(noMonth.build().price(RATES).unpriced()).isEmpty();
        assertThat(before2023.build().price(RATES).unpriced()).containsExactly("standardHours", "specialHours");
        assertThat(before2023.build().price(RATES).total()).isEqualTo(Money.ZERO);
    }

    @Test
    void theServicePeriodIsTheMonthsFirstToLastDay() {
        assertThat(new Typed(YearMonth.of(2024, 2)).build().servicePeriod())
                .isEqualTo(new ServicePeriod(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        assertThat(new Typed(YearMonth.of(2025, 2)).build().servicePeriod().days()).isEqualTo(28);
        assertThat(new Typed(YearMonth.of(2026, 4)).build().servicePeriod().days()).isEqualTo(30);
        assertThat(new Typed(YearMonth.of(2026, 8)).build().servicePeriod())
                .isEqualTo(new ServicePeriod(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31)));
    }

    @Test
    void theMonthIsAtMostTwelveMonthsBackAndNotInTheFuture() {
        assertThat(problems(TODAY, hours(YearMonth.of(2025, 12), "1"))).isEmpty();
        assertThat(problems(TODAY, hours(YearMonth.of(2026, 12), "1"))).as("the current month").isEmpty();
        assertThat(problems(TODAY, hours(YearMonth.of(2025, 11), "1")))
                .containsExactly(Map.entry("month", "invalid.assistance.month-too-old"));
        assertThat(problems(TODAY, hours(YearMonth.of(2027, 1), "1")))
                .containsExactly(Map.entry("month", "invalid.assistance.month-future"));
        assertThat(problems(TODAY, hours(null, "1"))).containsExactly(Map.entry("month", Problem.required().messageKey()));
        assertThat(problems(LocalDate.of(2026, 12, 31), hours(YearMonth.of(2025, 12), "1")))
                .as("on the month's last day too").isEmpty();
        assertThat(problems(LocalDate.of(2027, 1, 1), hours(YearMonth.of(2025, 12), "1"))).containsKey("month");
    }

    @Test
    void hoursAreQuarterHoursAndRows1And2TogetherFitInTheMonth() {
        LocalDate march2024 = LocalDate.of(2024, 3, 15);
        YearMonth leapFebruary = YearMonth.of(2024, 2);
        assertThat(problems(march2024, hours(leapFebruary, "600", "96"))).as("29 × 24 = 696").isEmpty();
        assertThat(problems(march2024, hours(leapFebruary, "600", "96.25")))
                .containsExactly(Map.entry("standardHours", "invalid.assistance.hours-of-month"));
        assertThat(problems(march2024, hours(leapFebruary, null, "696.25")))
                .containsExactly(Map.entry("specialHours", "invalid.assistance.hours-of-month"));
        LocalDate march2025 = LocalDate.of(2025, 3, 1);
        assertThat(problems(march2025, hours(YearMonth.of(2025, 2), "672"))).as("28 × 24").isEmpty();
        assertThat(problems(march2025, hours(YearMonth.of(2025, 2), "672.25"))).containsKey("standardHours");
        assertThat(problems(TODAY, hours(YearMonth.of(2026, 11), "720"))).as("30 × 24").isEmpty();
        assertThat(problems(TODAY, hours(YearMonth.of(2026, 11), "720.25"))).containsKey("standardHours");
        assertThat(problems(TODAY, hours(YearMonth.of(2026, 10), "744"))).as("31 × 24").isEmpty();
        assertThat(problems(TODAY, hours(YearMonth.of(2026, 10), "744.25"))).containsKey("standardHours");

        assertThat(problems(TODAY, hours(YearMonth.of(2026, 10), "10.75"))).isEmpty();
        assertThat(problems(TODAY, hours(YearMonth.of(2026, 10), "10.1")))
                .containsExactly(Map.entry("standardHours", "invalid.assistance.hours"));
        assertThat(problems(TODAY, hours(YearMonth.of(2026, 10), "-1", "2.30")))
                .containsEntry("standardHours", "invalid.assistance.hours")
                .containsEntry("specialHours", "invalid.assistance.hours");
    }

    @Test
    void nightFlatsFitInTheMonthAndTheirRateIsAtMostTheMaximumOfThatYear() {
        LocalDate january2025 = LocalDate.of(2025, 1, 15);
        assertThat(problems(january2025, nights(YearMonth.of(2024, 12), 31, "164.35"))).isEmpty();
        assertThat(problems(january2025, nights(YearMonth.of(2024, 12), 31, "164.40")))
                .containsExactly(Map.entry("nightRate", "invalid.assistance.night-rate"));
        assertThat(problems(january2025, nights(YearMonth.of(2025, 1), 31, "169.10"))).isEmpty();
        assertThat(problems(january2025, nights(YearMonth.of(2025, 1), 31, "169.15"))).containsKey("nightRate");
        assertThat(problems(january2025, nights(YearMonth.of(2025, 1), 32, "100.00")))
                .containsExactly(Map.entry("nightFlats", "invalid.assistance.nights-of-month"));
        assertThat(problems(LocalDate.of(2024, 3, 1), nights(YearMonth.of(2024, 2), 29, "100.00"))).isEmpty();
        assertThat(problems(LocalDate.of(2024, 3, 1), nights(YearMonth.of(2024, 2), 30, "100.00"))).containsKey("nightFlats");
        assertThat(problems(TODAY, nights(YearMonth.of(2026, 11), 30, "100.00"))).isEmpty();
        assertThat(problems(TODAY, nights(YearMonth.of(2026, 11), 31, "100.00"))).containsKey("nightFlats");
        assertThat(problems(TODAY, nights(YearMonth.of(2026, 11), -1, "100.00")))
                .containsExactly(Map.entry("nightFlats", "invalid.assistance.nights-negative"));
        assertThat(problems(TODAY, nights(YearMonth.of(2026, 11), 3, null)))
                .containsExactly(Map.entry("nightRate", Problem.required().messageKey()));
        assertThat(problems(TODAY, nights(YearMonth.of(2026, 11), 3, "0")))
                .containsExactly(Map.entry("nightRate", "invalid.amount.not-positive"));
    }

    @Test
    void sharedNightsNeedTwoInsuredNightsOfTheMonthAndARateAtMostTheMaximum() {
        Typed typed = new Typed(YearMonth.of(2024, 2));
        typed.shared.add(new SharedNights(2, 29, Money.chf("164.35")));
        typed.shared.add(new SharedNights(null, null, null));
        typed.shared.add(new SharedNights(1, 30, Money.chf("164.40")));
        typed.shared.add(new SharedNights(SharedNights.MAX_INSURED + 1, -1, Money.chf("10.00")));
        typed.shared.add(new SharedNights(3, null, null));

        Map<String, String> problems = problems(LocalDate.of(2024, 3, 1), typed.build());

        assertThat(problems).doesNotContainKeys("sharedNights[0].insured", "sharedNights[0].nights",
                        "sharedNights[0].reducedRate", "sharedNights[1].insured", "sharedNights[1].nights")
                .containsEntry("sharedNights[2].insured", "invalid.assistance.shared-insured")
                .containsEntry("sharedNights[2].nights", "invalid.assistance.nights-of-month")
                .containsEntry("sharedNights[2].reducedRate", "invalid.assistance.night-rate")
                .containsEntry("sharedNights[3].insured", "invalid.assistance.shared-insured")
                .containsEntry("sharedNights[3].nights", "invalid.assistance.nights-negative")
                .doesNotContainKey("sharedNights[3].reducedRate")
                .containsEntry("sharedNights[4].nights", Problem.required().messageKey())
                .containsEntry("sharedNights[4].reducedRate", Problem.required().messageKey())
                .hasSize(7);
    }

    @Test
    void theAdvanceIsAtMostTheMonthlyContributionOfTheDecisionWhichItRequires() {
        assertThat(problems(TODAY, advance("3000.00", "3000.00"))).isEmpty();
        assertThat(problems(TODAY, advance("3000.05", "3000.00")))
                .containsExactly(Map.entry("advance", "invalid.assistance.advance"));
        assertThat(problems(TODAY, advance("3000.00", null)))
                .containsExactly(Map.entry("monthlyContribution", Problem.required().messageKey()));
        assertThat(problems(TODAY, advance(null, "3000.00"))).as("the contribution alone bills nothing")
                .containsExactly(Map.entry("standardHours", "invalid.assistance.nothing"));
        assertThat(problems(TODAY, advance("100000.01", "100000.01")))
                .containsEntry("advance", "invalid.amount.too-large");
    }

    @Test
    void salaryPaidOnIsAPositiveAmountAndSomethingMustBeBilled() {
        Typed typed = new Typed(YearMonth.of(2026, 11));
        typed.salaryIllness = "0";
        typed.salaryDefault = "450.00";
        assertThat(problems(TODAY, typed.build())).containsExactly(Map.entry("salaryIllness", "invalid.amount.not-positive"));
        Typed nothing = new Typed(YearMonth.of(2026, 11));
        nothing.shared.add(new SharedNights(null, null, null));
        assertThat(problems(TODAY, nothing.build()))
                .containsExactly(Map.entry("standardHours", "invalid.assistance.nothing"));
    }

    private static AssistanceContribution hours(YearMonth month, String standard) {
        return hours(month, standard, null);
    }

    private static AssistanceContribution hours(YearMonth month, String standard, String special) {
        Typed typed = new Typed(month);
        typed.standardHours = standard;
        typed.specialHours = special;
        return typed.build();
    }

    private static AssistanceContribution nights(YearMonth month, int flats, String rate) {
        Typed typed = new Typed(month);
        typed.nightFlats = flats;
        typed.nightRate = rate;
        return typed.build();
    }

    private static AssistanceContribution advance(String advance, String monthlyContribution) {
        Typed typed = new Typed(YearMonth.of(2026, 11));
        typed.advance = advance;
        typed.monthlyContribution = monthlyContribution;
        return typed.build();
    }

    /** The problems the server finds with the form's own fields on a day, by field and message key. */
    static Map<String, String> problems(LocalDate today, AssistanceContribution invoice) {
        RequestCheck check = new RequestCheck(today, RATES, new AssistiveDeviceCatalog(List.of()));
        check.content(invoice, List.of());
        try {
            check.throwIfAny();
            return Map.of();
        } catch (InvalidInputException e) {
            return e.problems().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().messageKey()));
        }
    }

    /** What a person typed in the form, field by field: amounts and hours as text. */
    static final class Typed {
        final YearMonth month;
        String standardHours;
        String specialHours;
        Integer nightFlats;
        String nightRate;
        final List<SharedNights> shared = new ArrayList<>();
        String salaryIllness;
        String salaryDefault;
        String advance;
        String monthlyContribution;

        Typed(YearMonth month) {
            this.month = month;
        }

        AssistanceContribution build() {
            return new AssistanceContribution(month, hours(standardHours), hours(specialHours), nightFlats,
                    money(nightRate), shared, money(salaryIllness), money(salaryDefault), money(advance),
                    money(monthlyContribution));
        }

        private static BigDecimal hours(String text) {
            return text == null ? null : new BigDecimal(text);
        }

        private static Money money(String text) {
            return text == null ? null : Money.chf(text);
        }
    }
}
