package ch.guichetai.keycloak.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How many SMS a user may still receive: at most {@code perWindow} in any {@code window} (15
 * minutes) and {@code perDay} in any 24 hours. Kept as the send times of the last 24 hours, so a
 * password typed again and again sends no more than that (each password entry used to send a new
 * SMS, five in a second).
 */
final class SendAllowance {

    static final Duration DAY = Duration.ofDays(1);

    private final int perWindow;
    private final Duration window;
    private final int perDay;
    private final List<Instant> sent;

    private SendAllowance(int perWindow, Duration window, int perDay, List<Instant> sent) {
        if (perWindow < 1 || perDay < perWindow || window.isNegative() || window.isZero() || window.compareTo(DAY) > 0) {
            throw new IllegalArgumentException("SMS limits out of range: " + perWindow + " per " + window + ", " + perDay
                    + " per day");
        }
        this.perWindow = perWindow;
        this.window = window;
        this.perDay = perDay;
        this.sent = sent;
    }

    /** The allowance with the send times kept as "epochMillis,epochMillis,…" (null or empty: none yet). */
    static SendAllowance restore(int perWindow, Duration window, int perDay, String kept, Instant now) {
        List<Instant> sent = new ArrayList<>();
        if (kept != null && !kept.isBlank()) {
            Arrays.stream(kept.split(","))
                    .map(millis -> Instant.ofEpochMilli(Long.parseLong(millis.trim())))
                    .filter(at -> at.isAfter(now.minus(DAY)))
                    .sorted()
                    .forEach(sent::add);
        }
        return new SendAllowance(perWindow, window, perDay, sent);
    }

    boolean allows(Instant now) {
        return waitBeforeNext(now).isZero();
    }

    /** Zero when an SMS may be sent now, otherwise how long until one may. */
    Duration waitBeforeNext(Instant now) {
        Duration wait = Duration.ZERO;
        List<Instant> inWindow = sent.stream().filter(at -> at.isAfter(now.minus(window))).toList();
        if (inWindow.size() >= perWindow) {
            wait = max(wait, Duration.between(now, inWindow.get(inWindow.size() - perWindow).plus(window)));
        }
        if (sent.size() >= perDay) {
            wait = max(wait, Duration.between(now, sent.get(sent.size() - perDay).plus(DAY)));
        }
        return wait;
    }

    /** The allowance after one more SMS sent now. */
    SendAllowance withSent(Instant now) {
        List<Instant> more = new ArrayList<>(sent);
        more.add(now);
        return new SendAllowance(perWindow, window, perDay, more);
    }

    String keep() {
        return String.join(",", sent.stream().map(at -> String.valueOf(at.toEpochMilli())).toList());
    }

    /** Whole minutes to wait, rounded up, for the message to the user. */
    static long minutesUpward(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
