package ch.guichetai.keycloak.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How many more messages (SMS, reset mails) one key may still receive under its {@link
 * SendLog.Limits}. Kept as the send times of the last 24 hours, so a password typed again and again
 * sends no more than that (each password entry used to send a new SMS, five in a second).
 */
final class SendAllowance {

    static final Duration DAY = Duration.ofDays(1);

    private final SendLog.Limits limits;
    private final List<Instant> sent;

    private SendAllowance(SendLog.Limits limits, List<Instant> sent) {
        this.limits = limits;
        this.sent = sent;
    }

    /** The allowance with the send times kept as "epochMillis,epochMillis,…" (null or empty: none yet). */
    static SendAllowance restore(SendLog.Limits limits, String kept, Instant now) {
        List<Instant> sent = new ArrayList<>();
        if (kept != null && !kept.isBlank()) {
            Arrays.stream(kept.split(","))
                    .map(millis -> Instant.ofEpochMilli(Long.parseLong(millis.trim())))
                    .filter(at -> at.isAfter(now.minus(DAY)))
                    .sorted()
                    .forEach(sent::add);
        }
        return new SendAllowance(limits, sent);
    }

    boolean allows(Instant now) {
        return waitBeforeNext(now).isZero();
    }

    /** Zero when an SMS may be sent now, otherwise how long until one may. */
    Duration waitBeforeNext(Instant now) {
        Duration wait = Duration.ZERO;
        List<Instant> inWindow = sent.stream().filter(at -> at.isAfter(now.minus(limits.window()))).toList();
        if (inWindow.size() >= limits.perWindow()) {
            wait = longer(wait, Duration.between(now, inWindow.get(inWindow.size() - limits.perWindow()).plus(limits.window())));
        }
        if (sent.size() >= limits.perDay()) {
            wait = longer(wait, Duration.between(now, sent.get(sent.size() - limits.perDay()).plus(DAY)));
        }
        return wait;
    }

    /** The allowance after one more SMS sent now. */
    SendAllowance withSent(Instant now) {
        List<Instant> more = new ArrayList<>(sent);
        more.add(now);
        return new SendAllowance(limits, more);
    }

    String keep() {
        return String.join(",", sent.stream().map(at -> String.valueOf(at.toEpochMilli())).toList());
    }

    /** Whole minutes to wait, rounded up, for the message to the user. */
    static long minutesUpward(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
