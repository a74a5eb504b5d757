package ch.guichetai.request;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.RateTable;
import ch.guichetai.catalogue.AssistiveDeviceCatalogLoader;
import ch.guichetai.document.ReceivedDocument;
import ch.guichetai.primitives.InvalidValueException;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.testdata.TestHelplessnessAllowance;
import ch.guichetai.validation.InvalidInputException;
import ch.guichetai.validation.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks of form 318.632.2 with their boundaries, on 1 December 2026 (ADR 0031). */
class HelplessnessAllowanceCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);
    private static final LocalDate FEB_28 = LocalDate.of(2026, 2, 28);
    private static final List<ReceivedDocument> ATTESTATION = List.of(
            TestBeneficiaries.procuration(TestHelplessnessAllowance.ATTESTATION, TestBeneficiaries.PDF));

    @Test
    void februaryWithItsAttestationPasses() {
        assertThat(problems(TestHelplessnessAllowance.february2026(), ATTESTATION)).isEmpty();
    }

    @Test
    void aHospitalStayWithoutItsAttestationIsRefusedNamingTheEntry() {
        Map<String, Problem> problems = problems(TestHelplessnessAllowance.february2026(), List.of());

        assertThat(problems).containsOnlyKeys("entries[1].attestation");
        Problem missing = problems.get("entries[1].attestation");
        assertThat(missing.messageKey()).isEqualTo("invalid.allowance.attestation.hospital");
        assertThat(missing.arguments()).containsExactly(2, "03.02.2026", "10.02.2026");
    }

    @Test
    void theAttestationMustBeOneOfTheDocumentsAndAHomeStayNeedsOneToo() {
        CareEntry home = new CareEntry(FEB_1, FEB_28, CarePlace.CARE_HOME, HelplessnessDegree.SEVERE, IntensiveCare.NONE,
                "autre.pdf");

        Problem problem = problems(february(home), ATTESTATION).get("entries[0].attestation");

        assertThat(problem.messageKey()).isEqualTo("invalid.allowance.attestation.care_home");
        assertThat(problems(february(withAttestation(home, TestHelplessnessAllowance.ATTESTATION)), ATTESTATION)).isEmpty();
        // a stay at home needs none
        assertThat(problems(february(entry(FEB_1, FEB_28)), List.of())).isEmpty();
    }

    @Test
    void noSupplementDuringAStayInAHome() {
        CareEntry home = new CareEntry(FEB_1, FEB_28, CarePlace.CARE_HOME, HelplessnessDegree.SEVERE,
                IntensiveCare.EIGHT_HOURS, TestHelplessnessAllowance.ATTESTATION);

        assertThat(keys(problems(february(home), ATTESTATION)))
                .containsExactly(Map.entry("entries[0].intensiveCare", "invalid.allowance.intensive-care-in-home"));
    }

    @Test
    void entriesStayInsideThePeriod() {
        assertThat(problems(february(entry(FEB_1, FEB_28)), List.of())).isEmpty(); // both ends are inside
        assertThat(keys(problems(february(entry(FEB_1.minusDays(1), FEB_28.plusDays(1))), List.of()))).containsExactly(
                Map.entry("entries[0].start", "invalid.allowance.outside-period"),
                Map.entry("entries[0].end", "invalid.allowance.outside-period"));
    }

    @Test
    void entriesShareNoNightButMayMeetOnADay() {
        CareEntry first = entry(FEB_1, LocalDate.of(2026, 2, 10));

        assertThat(problems(february(first, entry(LocalDate.of(2026, 2, 10), FEB_28)), List.of())).isEmpty();
        Map<String, Problem> overlap = problems(february(first, entry(LocalDate.of(2026, 2, 9), FEB_28)), List.of());
        assertThat(keys(overlap)).containsExactly(Map.entry("entries[1].start", "invalid.allowance.overlap"));
        assertThat(overlap.get("entries[1].start").arguments()).containsExactly(1);
    }

    @Test
    void anEntryHasAtLeastOneNight() {
        assertThat(keys(problems(february(entry(FEB_1, FEB_1)), List.of())))
                .containsExactly(Map.entry("entries[0].end", "invalid.allowance.no-night"));
        assertThat(problems(february(entry(FEB_1, FEB_1.plusDays(1))), List.of())).isEmpty();
    }

    @Test
    void whatIsMissingIsRequiredAndDatesAreChecked() {
        CareEntry empty = new CareEntry(null, null, null, null, null, null);
        Map<String, String> missing = keys(problems(new HelplessnessAllowanceMinors(null, null, List.of(empty)), List.of()));

        assertThat(missing).containsOnly(
                Map.entry("accountingPeriod.from", InvalidValueException.REQUIRED),
                Map.entry("accountingPeriod.to", InvalidValueException.REQUIRED),
                Map.entry("entries[0].start", InvalidValueException.REQUIRED),
                Map.entry("entries[0].end", InvalidValueException.REQUIRED),
                Map.entry("entries[0].place", InvalidValueException.REQUIRED),
                Map.entry("entries[0].degree", InvalidValueException.REQUIRED),
                Map.entry("entries[0].intensiveCare", InvalidValueException.REQUIRED));
        assertThat(keys(problems(new HelplessnessAllowanceMinors(FEB_1, FEB_28, List.of()), List.of())))
                .containsExactly(Map.entry("entries", InvalidValueException.REQUIRED));
        assertThat(keys(problems(new HelplessnessAllowanceMinors(FEB_28, FEB_1, List.of(entry(FEB_1, FEB_28))), List.of())))
                .containsExactly(Map.entry("accountingPeriod.to", ServicePeriod.END_BEFORE_START));
        HelplessnessAllowanceMinors future = new HelplessnessAllowanceMinors(TODAY, TODAY.plusDays(1),
                List.of(entry(TODAY, TODAY.plusDays(1))));
        assertThat(keys(problems(future, List.of()))).contains(Map.entry("accountingPeriod.to", "invalid.date.future"),
                Map.entry("entries[0].end", "invalid.date.future"));
    }

    private static Map<String, String> keys(Map<String, Problem> problems) {
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        problems.forEach((field, problem) -> keys.put(field, problem.messageKey()));
        return keys;
    }

    private static Map<String, Problem> problems(HelplessnessAllowanceMinors content, List<ReceivedDocument> documents) {
        RequestCheck check = new RequestCheck(TODAY, new RateTable(Map.of()), new AssistiveDeviceCatalogLoader().loadShipped());
        check.content(content, documents);
        try {
            check.throwIfAny();
            return Map.of();
        } catch (InvalidInputException refused) {
            return refused.problems();
        }
    }

    private static HelplessnessAllowanceMinors february(CareEntry... entries) {
        return new HelplessnessAllowanceMinors(FEB_1, FEB_28, new ArrayList<>(List.of(entries)));
    }

    private static CareEntry entry(LocalDate start, LocalDate end) {
        return new CareEntry(start, end, CarePlace.DOMICILE, HelplessnessDegree.LIGHT, IntensiveCare.SIX_HOURS, null);
    }

    private static CareEntry withAttestation(CareEntry entry, String attestation) {
        return new CareEntry(entry.start(), entry.end(), entry.place(), entry.degree(), entry.intensiveCare(), attestation);
    }
}
