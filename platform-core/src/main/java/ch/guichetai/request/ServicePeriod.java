package ch.guichetai.request;

import ch.guichetai.primitives.Formats;
import ch.guichetai.primitives.InvalidValueException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The days a request bills, both included: one day (a single service, {@link #day}) or a period.
 * The Guichet's history and the PDF show it; the server checks it is neither in the future nor
 * older than the office accepts.
 */
public record ServicePeriod(LocalDate from, LocalDate to) {

    /** Key of the error when the last day is before the first. */
    public static final String END_BEFORE_START = "invalid.period.end-before-start";

    public ServicePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidValueException(END_BEFORE_START);
        }
    }

    public static ServicePeriod day(LocalDate day) {
        return new ServicePeriod(day, day);
    }

    /** The number of days, both ends included: 5 for 06.06.2022–10.06.2022. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Every day of the period, in order. */
    public Stream<LocalDate> dates() {
        return from.datesUntil(to.plusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean isSingleDay() {
        return from.equals(to);
    }

    /** As the pages and the e-mails show it: 04.06.2024, or 06.06.2022 – 10.06.2022. */
    public String formatted() {
        return isSingleDay() ? Formats.date(from) : Formats.date(from) + " – " + Formats.date(to);
    }

    /** The smallest period that covers both. */
    public ServicePeriod span(ServicePeriod other) {
        return new ServicePeriod(from.isBefore(other.from) ? from : other.from, to.isAfter(other.to) ? to : other.to);
    }
}
