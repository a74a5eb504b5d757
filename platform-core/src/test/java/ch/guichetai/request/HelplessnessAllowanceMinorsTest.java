package ch.guichetai.request;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.CantonCatalogLoader;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.RateKind;
import ch.guichetai.canton.RateTable;
import ch.guichetai.money.Money;
import ch.guichetai.testdata.TestHelplessnessAllowance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Form 318.632.2: nights, nights per place, and the nights at home priced with the shipped rates (ADR 0031). */
class HelplessnessAllowanceMinorsTest {

    private static final RateTable BERN = new CantonCatalogLoader(HelplessnessAllowanceMinorsTest.class.getClassLoader())
            .load(List.of(new CantonCatalogLoader.Source("cantons.yml",
                    HelplessnessAllowanceMinorsTest.class.getClassLoader().getResourceAsStream("cantons.yml"))))
            .require(new CantonCode("be")).rates();

    @Test
    void nightsAreTheDaysBetweenStartAndEnd() {
        assertThat(home("2026-02-03", "2026-02-10").nights()).isEqualTo(7);
        assertThat(home("2026-02-03", "2026-02-04").nights()).isOne();
        assertThat(home("2026-02-03", "2026-02-03").nights()).isZero();
        assertThat(home("2026-02-10", "2026-02-03").nights()).isZero();
        assertThat(home(null, "2026-02-03").nights()).isZero();
        // 29 February 2024 is a night like any other
        assertThat(home("2024-02-28", "2024-03-01").nights()).isEqualTo(2);
        assertThat(home("2026-02-28", "2026-03-01").nights()).isOne();
    }

    @Test
    void aStayEndingOnTheDayAnotherStartsSharesNoNight() {
        CareEntry first = home("2026-02-03", "2026-02-10");

        assertThat(first.sharesNightWith(home("2026-02-10", "2026-02-12"))).isFalse();
        assertThat(home("2026-02-10", "2026-02-12").sharesNightWith(first)).isFalse();
        assertThat(first.sharesNightWith(home("2026-02-09", "2026-02-12"))).isTrue();
        assertThat(first.sharesNightWith(home("2026-02-01", "2026-02-04"))).isTrue();
        assertThat(first.sharesNightWith(home("2026-02-04", "2026-02-05"))).isTrue();
        assertThat(first.sharesNightWith(home("2026-02-01", "2026-02-03"))).isFalse();
    }

    @Test
    void theShippedDailyRatesDeriveFromTheMaximumOldAgePension() {
        LocalDate in2025 = LocalDate.of(2025, 6, 1);
        assertThat(BERN.on(RateKind.MINOR_ALLOWANCE_LIGHT_PER_DAY, in2025)).contains(Money.chf("16.80"));
        assertThat(BERN.on(RateKind.MINOR_ALLOWANCE_MEDIUM_PER_DAY, in2025)).contains(Money.chf("42.00"));
        assertThat(BERN.on(RateKind.MINOR_ALLOWANCE_SEVERE_PER_DAY, in2025)).contains(Money.chf("67.20"));
        assertThat(BERN.on(RateKind.INTENSIVE_CARE_4_HOURS_PER_DAY, in2025)).contains(Money.chf("33.60"));
        assertThat(BERN.on(RateKind.INTENSIVE_CARE_6_HOURS_PER_DAY, in2025)).contains(Money.chf("58.80"));
        assertThat(BERN.on(RateKind.INTENSIVE_CARE_8_HOURS_PER_DAY, in2025)).contains(Money.chf("84.00"));
        // today's, unchanged since 2025
        assertThat(BERN.on(RateKind.MINOR_ALLOWANCE_SEVERE_PER_DAY, LocalDate.of(2026, 12, 1))).contains(Money.chf("67.20"));
        LocalDate lastOf2024 = LocalDate.of(2024, 12, 31);
        assertThat(BERN.on(RateKind.MINOR_ALLOWANCE_SEVERE_PER_DAY, lastOf2024)).contains(Money.chf("65.35"));
        assertThat(BERN.on(RateKind.INTENSIVE_CARE_6_HOURS_PER_DAY, LocalDate.of(2023, 1, 1))).contains(Money.chf("57.15"));
        assertThat(BERN.on(RateKind.MINOR_ALLOWANCE_MEDIUM_PER_DAY, LocalDate.of(2022, 12, 31))).contains(Money.chf("39.85"));
        // the first day a request may bill (five years back from today)
        assertThat(BERN.on(RateKind.INTENSIVE_CARE_8_HOURS_PER_DAY, LocalDate.of(2021, 12, 1))).contains(Money.chf("79.65"));
        assertThat(BERN.on(RateKind.INTENSIVE_CARE_8_HOURS_PER_DAY, LocalDate.of(2021, 11, 30))).isEmpty();
    }

    @Test
    void theNightsAtHomeArePricedWithTheAllowanceAndTheSupplement() {
        HelplessnessAllowanceMinors february = TestHelplessnessAllowance.february2026();

        PricedContent priced = february.price(BERN);

        assertThat(priced.lines(HelplessnessAllowanceMinors.entryField(0, HelplessnessAllowanceMinors.ALLOWANCE)))
                .containsExactly(PricedContent.Line.rated("entries[0].allowance", BigDecimal.valueOf(2), Money.chf("42.00")));
        assertThat(priced.lines("entries[0].intensiveCare"))
                .containsExactly(PricedContent.Line.rated("entries[0].intensiveCare", BigDecimal.valueOf(2), Money.chf("33.60")));
        assertThat(priced.lines("entries[1].allowance")).isEmpty(); // the hospital stay: settled by the office
        assertThat(priced.lines("entries[1].intensiveCare")).isEmpty();
        assertThat(priced.lines("entries[2].allowance")).extracting(PricedContent.Line::amount)
                .containsExactly(Money.chf("756.00"));
        assertThat(priced.lines("entries[2].intensiveCare")).extracting(PricedContent.Line::amount)
                .containsExactly(Money.chf("604.80"));
        assertThat(priced.total()).isEqualTo(Money.chf("1512.00"));
        assertThat(priced.unpriced()).isEmpty();
        assertThat(february.nightsByPlace()).isEqualTo(Map.of(CarePlace.DOMICILE, 20, CarePlace.HOSPITAL, 7,
                CarePlace.CARE_HOME, 0));
        assertThat(february.servicePeriod()).isEqualTo(new ServicePeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
    }

    @Test
    void nightsAcrossARateChangeArePricedByPartsAtTheRateOfTheDayTheyStart() {
        // the nights of 29, 30 and 31 December 2024 at the 2024 rate, those of 1 and 2 January 2025 at the new one
        CareEntry severe = new CareEntry(LocalDate.of(2024, 12, 29), LocalDate.of(2025, 1, 3), CarePlace.DOMICILE,
                HelplessnessDegree.SEVERE, IntensiveCare.EIGHT_HOURS, null);

        PricedContent priced = content(severe).price(BERN);

        assertThat(priced.lines("entries[0].allowance")).containsExactly(
                PricedContent.Line.rated("entries[0].allowance", BigDecimal.valueOf(3), Money.chf("65.35")),
                PricedContent.Line.rated("entries[0].allowance", BigDecimal.valueOf(2), Money.chf("67.20")));
        assertThat(priced.lines("entries[0].intensiveCare")).extracting(PricedContent.Line::amount)
                .containsExactly(Money.chf("244.95"), Money.chf("168.00")); // 3 × 81.65, 2 × 84.00
        assertThat(priced.total()).isEqualTo(Money.chf("196.05").plus(Money.chf("134.40")).plus(Money.chf("244.95"))
                .plus(Money.chf("168.00")));
    }

    @Test
    void withoutSupplementOrInAHomeOnlyWhatIsDueIsPriced() {
        CareEntry light = new CareEntry(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 4), CarePlace.DOMICILE,
                HelplessnessDegree.LIGHT, IntensiveCare.NONE, null);
        CareEntry home = new CareEntry(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 31), CarePlace.CARE_HOME,
                HelplessnessDegree.LIGHT, IntensiveCare.NONE, "home.pdf");

        PricedContent priced = content(light, home).price(BERN);

        assertThat(priced.lines()).containsExactly(
                PricedContent.Line.rated("entries[0].allowance", BigDecimal.valueOf(3), Money.chf("16.80")));
        assertThat(priced.total()).isEqualTo(Money.chf("50.40"));
    }

    @Test
    void nightsWithoutARateAreNamedAndNotPriced() {
        CareEntry tooOld = new CareEntry(LocalDate.of(2021, 11, 29), LocalDate.of(2021, 12, 2), CarePlace.DOMICILE,
                HelplessnessDegree.MEDIUM, IntensiveCare.SIX_HOURS, null);

        PricedContent priced = content(tooOld).price(BERN);

        assertThat(priced.unpriced()).containsExactly("entries[0].degree", "entries[0].intensiveCare");
        assertThat(priced.total()).isEqualTo(Money.chf("39.85").plus(Money.chf("55.75"))); // the night of 1 December
    }

    @Test
    void incompleteEntriesArePricedAtZero() {
        CareEntry typing = new CareEntry(LocalDate.of(2026, 3, 1), null, CarePlace.DOMICILE, null, null, null);

        assertThat(content(typing).price(BERN).total()).isEqualTo(Money.ZERO);
        assertThat(new HelplessnessAllowanceMinors(null, null, null).price(BERN).lines()).isEmpty();
    }

    private static HelplessnessAllowanceMinors content(CareEntry... entries) {
        return new HelplessnessAllowanceMinors(LocalDate.of(2021, 1, 1), LocalDate.of(2026, 12, 1), List.of(entries));
    }

    private static CareEntry home(String start, String end) {
        return new CareEntry(start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
                CarePlace.DOMICILE, HelplessnessDegree.MEDIUM, IntensiveCare.NONE, null);
    }
}
