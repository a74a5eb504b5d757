package ch.guichetai.request;

import ch.guichetai.document.DocumentFile;
import ch.guichetai.primitives.Formats;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The checks of form 318.632.2 (ADR 0031): the accounting period, then each entry: its dates inside
 * the period with at least one night, its place and degrees (no supplement during a stay in a
 * home, IVG art. 42ter al. 3), no night shared with an earlier entry, and for a stay in a hospital
 * or a home its attestation among the request's documents, in a message naming the entry.
 */
final class HelplessnessAllowanceCheck {

    private final RequestCheck check;

    HelplessnessAllowanceCheck(RequestCheck check) {
        this.check = check;
    }

    void check(HelplessnessAllowanceMinors allowance, List<? extends DocumentFile> documents) {
        LocalDate from = check.date(HelplessnessAllowanceMinors.FROM, allowance.from(), true);
        LocalDate to = check.date(HelplessnessAllowanceMinors.TO, allowance.to(), true);
        ServicePeriod period = check.order(from, to, HelplessnessAllowanceMinors.TO) ? new ServicePeriod(from, to) : null;
        if (allowance.entries().isEmpty()) {
            check.required(HelplessnessAllowanceMinors.ENTRIES, null);
        }
        List<String> fileNames = documents.stream().map(DocumentFile::fileName).toList();
        for (int i = 0; i < allowance.entries().size(); i++) {
            entry(i, allowance.entries(), period, fileNames);
        }
    }

    private void entry(int index, List<CareEntry> entries, ServicePeriod period, List<String> fileNames) {
        CareEntry entry = entries.get(index);
        String startField = HelplessnessAllowanceMinors.entryField(index, CareEntry.START);
        String endField = HelplessnessAllowanceMinors.entryField(index, CareEntry.END);
        LocalDate start = check.date(startField, entry.start(), true);
        LocalDate end = check.date(endField, entry.end(), true);
        if (start != null && end != null) {
            check.require(end.isAfter(start), endField, "invalid.allowance.no-night");
        }
        if (period != null) {
            if (start != null) {
                check.require(period.contains(start), startField, "invalid.allowance.outside-period");
            }
            if (end != null) {
                check.require(period.contains(end), endField, "invalid.allowance.outside-period");
            }
        }
        for (int earlier = 0; earlier < index; earlier++) {
            check.require(!entry.sharesNightWith(entries.get(earlier)), startField, "invalid.allowance.overlap",
                    earlier + 1);
        }
        check.required(HelplessnessAllowanceMinors.entryField(index, CareEntry.PLACE), entry.place());
        check.required(HelplessnessAllowanceMinors.entryField(index, CareEntry.DEGREE), entry.degree());
        String intensiveCare = HelplessnessAllowanceMinors.entryField(index, CareEntry.INTENSIVE_CARE);
        check.required(intensiveCare, entry.intensiveCare());
        if (entry.place() == CarePlace.CARE_HOME && entry.intensiveCare() != null) {
            check.require(entry.intensiveCare() == IntensiveCare.NONE, intensiveCare,
                    "invalid.allowance.intensive-care-in-home");
        }
        if (entry.place() != null && entry.place().needsAttestation()) {
            check.require(entry.attestation() != null && fileNames.contains(entry.attestation()),
                    HelplessnessAllowanceMinors.entryField(index, CareEntry.ATTESTATION),
                    "invalid.allowance.attestation." + entry.place().name().toLowerCase(Locale.ROOT), index + 1,
                    dateOrBlank(entry.start()), dateOrBlank(entry.end()));
        }
    }

    private static String dateOrBlank(LocalDate date) {
        return date == null ? "…" : Formats.date(date);
    }
}
