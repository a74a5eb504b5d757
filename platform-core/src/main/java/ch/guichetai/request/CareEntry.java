package ch.guichetai.request;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

/**
 * One entry of form 318.632.2 (seed 000 §4.2.2): from Début to Fin, where ("Lieu") and with which
 * degrees of allowance (API) and supplement (SSI). The nights run from the first day's evening to
 * the last day's morning: 03.02–10.02 is 7 nights, and an entry ending on the day the next one
 * starts shares no night with it (ADR 0031).
 *
 * @param attestation for a stay in a hospital or a home, the file name of its attestation among the
 *                    request's documents; null otherwise
 */
public record CareEntry(LocalDate start, LocalDate end, CarePlace place, HelplessnessDegree degree,
                        IntensiveCare intensiveCare, String attestation) {

    /** Field names inside {@code entries[i].}: see {@link HelplessnessAllowanceMinors#entryField}. */
    public static final String START = "start";
    public static final String END = "end";
    public static final String PLACE = "place";
    public static final String DEGREE = "degree";
    public static final String INTENSIVE_CARE = "intensiveCare";
    public static final String ATTESTATION = "attestation";

    /** The nights from Début to Fin; 0 while a date is missing or Fin is not after Début. */
    public int nights() {
        if (start == null || end == null || !end.isAfter(start)) {
            return 0;
        }
        return Math.toIntExact(ChronoUnit.DAYS.between(start, end));
    }

    /** The day each night starts on, in order. */
    Stream<LocalDate> nightDays() {
        return nights() == 0 ? Stream.empty() : start.datesUntil(end);
    }

    /** Whether the two entries share a night; entries without both dates share none. */
    boolean sharesNightWith(CareEntry other) {
        return nights() > 0 && other.nights() > 0 && start.isBefore(other.end) && other.start.isBefore(end);
    }
}
