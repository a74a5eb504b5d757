package ch.guichetai.canton;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One opening slot of an office, such as "MON-FRI 09:00-16:00". */
public record OpeningHours(DayOfWeek firstDay, DayOfWeek lastDay, LocalTime opens, LocalTime closes) {

    private static final Pattern FORMAT = Pattern.compile(
            "(MON|TUE|WED|THU|FRI|SAT|SUN)(?:-(MON|TUE|WED|THU|FRI|SAT|SUN))? ([0-2]\\d:[0-5]\\d)-([0-2]\\d:[0-5]\\d)");

    public OpeningHours {
        if (lastDay.compareTo(firstDay) < 0) {
            throw new IllegalArgumentException("the days run backwards: " + firstDay + "-" + lastDay);
        }
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("closes at " + closes + " before it opens at " + opens);
        }
    }

    static OpeningHours parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected a slot like 'MON-FRI 09:00-16:00', not '" + text + "'");
        }
        DayOfWeek first = day(matcher.group(1));
        DayOfWeek last = matcher.group(2) == null ? first : day(matcher.group(2));
        return new OpeningHours(first, last, LocalTime.parse(matcher.group(3)), LocalTime.parse(matcher.group(4)));
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(abbreviation.toUpperCase(Locale.ROOT))) {
                return day;
            }
        }
        throw new IllegalArgumentException(abbreviation);
    }
}
