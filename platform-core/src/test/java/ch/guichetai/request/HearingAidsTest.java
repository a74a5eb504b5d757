package ch.guichetai.request;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.CantonCatalogLoader;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.RateKind;
import ch.guichetai.canton.RatePeriod;
import ch.guichetai.canton.RateTable;
import ch.guichetai.money.Money;
import ch.guichetai.testdata.TestHearingAids;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Form 300.001: each filled section reimbursed up to the flat rate in force on its first day (ADR 0032). */
class HearingAidsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 15);
    private static final LocalDate CHANGE = LocalDate.of(2026, 1, 1);

    /** Invented rates with a change on 1 January 2026, to see which flat a section gets. */
    private static final RateTable RATES = new RateTable(Map.of(
            RateKind.HEARING_AID_ONE_EAR, List.of(period("2011-07-01", "2025-12-31", "840.00"),
                    period("2026-01-01", null, "900.00")),
            RateKind.HEARING_AIDS_BOTH_EARS, List.of(period("2011-07-01", null, "1650.00")),
            RateKind.HEARING_AID_BATTERIES_BOTH_EARS, List.of(period("2011-07-01", null, "80.00"))));

    private static final RateTable GENEVA = new CantonCatalogLoader(HearingAidsTest.class.getClassLoader())
            .load(List.of(new CantonCatalogLoader.Source("cantons.yml",
                    HearingAidsTest.class.getClassLoader().getResourceAsStream("cantons.yml"))))
            .require(new CantonCode("ge")).rates();

    @ParameterizedTest
    @CsvSource({
            "1649.95, 1649.95, false",
            "1650.00, 1650.00, false",
            "1650.01, 1650.00, true",
            "1900.00, 1650.00, true"})
    void theFlatCapsWhatIsReimbursed(String invoiced, String reimbursed, boolean above) {
        HearingSection section = section(DAY, HearingType.FITTING_BOTH_EARS, invoiced);

        assertThat(section.flat(RATES)).contains(Money.chf("1650.00"));
        assertThat(section.reimbursed(RATES)).isEqualTo(Money.chf(reimbursed));
        assertThat(section.aboveFlat(RATES)).isEqualTo(above);
    }

    @Test
    void theFlatIsTheOneInForceOnTheSectionsFirstDay() {
        assertThat(section(CHANGE.minusDays(1), HearingType.FITTING_ONE_EAR, "1000.00").reimbursed(RATES))
                .isEqualTo(Money.chf("840.00"));
        assertThat(section(CHANGE, HearingType.FITTING_ONE_EAR, "1000.00").reimbursed(RATES))
                .isEqualTo(Money.chf("900.00"));
    }

    @Test
    void oneLinePerFilledSectionInTheFormsOrderAndTheirSum() {
        HearingAids hearing = new HearingAids(section(DAY, HearingType.FITTING_BOTH_EARS, "1900.00"), null,
                section(DAY.minusMonths(6), HearingType.BATTERIES_MINOR_BOTH_EARS, "120.00"),
                section(DAY, HearingType.BONE_ANCHORED, "4500.00"), section(DAY, HearingType.HARDSHIP_ONE_EAR, "2000.00"));

        PricedContent priced = hearing.price(RATES);

        assertThat(priced.lines()).extracting(PricedContent.Line::key)
                .containsExactly("fitting", "batteries", "implants", "hardship");
        assertThat(priced.lines()).extracting(PricedContent.Line::amount).containsExactly(Money.chf("1650.00"),
                Money.chf("120.00"), Money.chf("4500.00"), Money.chf("2000.00"));
        assertThat(priced.total()).isEqualTo(Money.chf("8270.00"));
        assertThat(priced.unpriced()).isEmpty();
        assertThat(hearing.servicePeriod()).isEqualTo(new ServicePeriod(DAY.minusMonths(6), DAY));
    }

    @Test
    void aTypeWithAFlatButNoRateOnTheDayIsUnpriced() {
        HearingAids repair = new HearingAids(null, section(DAY, HearingType.REPAIR_ELECTRONIC, "150.00"), null, null, null);

        PricedContent priced = repair.price(RATES);

        assertThat(priced.unpriced()).containsExactly("repairs.from");
        assertThat(priced.total()).isEqualTo(Money.chf("150.00"));
    }

    @Test
    void missingAmountsCountAsZero() {
        HearingAids empty = new HearingAids(new HearingSection(DAY, null, HearingType.FITTING_ONE_EAR, null), null, null,
                null, null);

        assertThat(empty.price(RATES).total()).isEqualTo(Money.ZERO);
        assertThat(empty.fitting().aboveFlat(RATES)).isFalse();
        assertThat(new HearingAids(null, null, null, null, null).price(RATES).lines()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "FITTING_ONE_EAR, 840.00",
            "FITTING_BOTH_EARS, 1650.00",
            "REPAIR_ELECTRONIC, 200.00",
            "REPAIR_OTHER, 130.00",
            "BATTERIES_ONE_EAR, 40.00",
            "BATTERIES_BOTH_EARS, 80.00"})
    void genevasFederalFlatsToday(HearingType type, String flat) {
        assertThat(section(LocalDate.of(2026, 12, 1), type, "5000.00").flat(GENEVA)).contains(Money.chf(flat));
        assertThat(section(LocalDate.of(2021, 12, 1), type, "5000.00").flat(GENEVA)).contains(Money.chf(flat));
    }

    @Test
    void theTypesWithoutAConfirmedFlatHaveNone() {
        assertThat(HearingType.values()).filteredOn(type -> type.flat().isEmpty()).containsExactly(
                HearingType.BATTERIES_MINOR_ONE_EAR, HearingType.BATTERIES_MINOR_BOTH_EARS, HearingType.BONE_ANCHORED,
                HearingType.MIDDLE_EAR_IMPLANT, HearingType.HARDSHIP_ONE_EAR, HearingType.HARDSHIP_BOTH_EARS);
        assertThat(section(DAY, HearingType.MIDDLE_EAR_IMPLANT, "9999.00").reimbursed(GENEVA))
                .isEqualTo(Money.chf("9999.00"));
    }

    @Test
    void theSampleReimburses1730() {
        HearingAids sample = TestHearingAids.bothEarsAndBatteries();

        assertThat(sample.price(GENEVA).total()).isEqualTo(Money.chf("1730.00"));
        assertThat(sample.fitting().aboveFlat(GENEVA)).isTrue();
        assertThat(sample.batteries().aboveFlat(GENEVA)).isFalse();
    }

    private static HearingSection section(LocalDate from, HearingType type, String amount) {
        return new HearingSection(from, null, type, Money.chf(amount));
    }

    private static RatePeriod period(String from, String until, String amount) {
        return new RatePeriod(LocalDate.parse(from), Optional.ofNullable(until).map(LocalDate::parse), Money.chf(amount));
    }
}
