package ch.guichetai.testdata;

import ch.guichetai.request.CareEntry;
import ch.guichetai.request.CarePlace;
import ch.guichetai.request.HelplessnessAllowanceMinors;
import ch.guichetai.request.HelplessnessDegree;
import ch.guichetai.request.IntensiveCare;
import java.time.LocalDate;
import java.util.List;

/** The content of form 318.632.2 for tests. */
public final class TestHelplessnessAllowance {

    /** The file name of {@link #february2026()}'s hospital attestation. */
    public static final String ATTESTATION = "attestation hôpital.pdf";

    private TestHelplessnessAllowance() {
    }

    /**
     * February 2026: at home 01.02–03.02 (2 nights), in hospital 03.02–10.02 (7 nights, with its
     * attestation), at home 10.02–28.02 (18 nights), API medium and SSI 4 h: 20 nights at home ×
     * (42.00 + 33.60) = CHF 1’512.00 with the 2025 rates.
     */
    public static HelplessnessAllowanceMinors february2026() {
        return new HelplessnessAllowanceMinors(day(1), day(28), List.of(
                home(day(1), day(3)),
                new CareEntry(day(3), day(10), CarePlace.HOSPITAL, HelplessnessDegree.MEDIUM, IntensiveCare.FOUR_HOURS,
                        ATTESTATION),
                home(day(10), day(28))));
    }

    private static CareEntry home(LocalDate start, LocalDate end) {
        return new CareEntry(start, end, CarePlace.DOMICILE, HelplessnessDegree.MEDIUM, IntensiveCare.FOUR_HOURS, null);
    }

    private static LocalDate day(int dayOfFebruary) {
        return LocalDate.of(2026, 2, dayOfFebruary);
    }
}
