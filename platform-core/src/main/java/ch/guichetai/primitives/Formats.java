package ch.guichetai.primitives;

import ch.guichetai.money.Money;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the platform writes dates, times, amounts and AVS numbers, the same in both languages and
 * everywhere (pages, e-mails, PDF copies): 07.03.2026, 07.03.2026 14:05, CHF 1’234.50,
 * 756.1234.5678.97. Instants are shown in Swiss time.
 */
public final class Formats {

    /** The pattern of a date, also the one the date pickers show and read first. */
    public static final String DATE_PATTERN = "dd.MM.yyyy";
    public static final ZoneId SWITZERLAND = ZoneId.of("Europe/Zurich");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN, Locale.ROOT);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern(DATE_PATTERN + " HH:mm", Locale.ROOT)
            .withZone(SWITZERLAND);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern(DATE_PATTERN + " HH:mm:ss", Locale.ROOT)
            .withZone(SWITZERLAND);

    private Formats() {
    }

    /** 07.03.2026 */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** 07.03.2026 14:05, in Swiss time */
    public static String dateTime(Instant instant) {
        return MINUTES.format(instant);
    }

    /** 07.03.2026 14:05:09, in Swiss time */
    public static String dateTimeWithSeconds(Instant instant) {
        return SECONDS.format(instant);
    }

    /** CHF 1’234.50: the Swiss apostrophe between thousands, a point before the centimes. */
    public static String chf(Money money) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('’');
        symbols.setDecimalSeparator('.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        return "CHF " + format.format(money.amount());
    }

    /** 756.1234.5678.97 */
    public static String avs(AvsNumber number) {
        return number.formatted();
    }
}
