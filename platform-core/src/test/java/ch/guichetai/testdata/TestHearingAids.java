package ch.guichetai.testdata;

import ch.guichetai.money.Money;
import ch.guichetai.request.HearingAids;
import ch.guichetai.request.HearingSection;
import ch.guichetai.request.HearingType;
import java.time.LocalDate;

/** Content of form 300.001 for tests. */
public final class TestHearingAids {

    private TestHearingAids() {
    }

    /**
     * Hearing aids for both ears fitted on 15.09.2026 and invoiced CHF 1,900.00, above the flat of
     * CHF 1,650.00, and a year of batteries for both ears, CHF 80.00: CHF 1,730.00 reimbursed.
     */
    public static HearingAids bothEarsAndBatteries() {
        HearingSection fitting = new HearingSection(LocalDate.of(2026, 9, 15), null, HearingType.FITTING_BOTH_EARS,
                Money.chf("1900.00"));
        HearingSection batteries = new HearingSection(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30),
                HearingType.BATTERIES_BOTH_EARS, Money.chf("80.00"));
        return new HearingAids(fitting, null, batteries, null, null);
    }
}
