package ch.guichetai.keycloak.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * What was sent lately to one key (a user's SMS, the reset mails asked for an address or from a
 * client address), kept in Keycloak's single-use object store: server side, shared by the nodes
 * of a cluster, gone after a day. Two sends at the very same instant may both pass; the limits are
 * about floods, not single messages.
 */
final class SendLog {

    /** At most {@code perWindow} sends in any {@code window} and {@code perDay} in any 24 hours. */
    record Limits(int perWindow, Duration window, int perDay) {

        Limits {
            if (perWindow < 1 || perDay < perWindow || window.isNegative() || window.isZero()
                    || window.compareTo(SendAllowance.DAY) > 0) {
                throw new IllegalArgumentException("send limits out of range: " + perWindow + " per " + window + ", "
                        + perDay + " per day");
            }
        }
    }

    private static final String KEY_PREFIX = "guichet-sent.";
    private static final String NOTE = "sent";

    private SendLog() {
    }

    /** Zero when one more may be sent to the key now, otherwise how long until one may. */
    static Duration waitBeforeNext(KeycloakSession session, Limits limits, String key, Instant now) {
        return allowance(session, limits, key, now).waitBeforeNext(now);
    }

    static void record(KeycloakSession session, Limits limits, String key, Instant now) {
        SendAllowance after = allowance(session, limits, key, now).withSent(now);
        session.singleUseObjects().put(KEY_PREFIX + key, SendAllowance.DAY.toSeconds(), Map.of(NOTE, after.keep()));
    }

    private static SendAllowance allowance(KeycloakSession session, Limits limits, String key, Instant now) {
        SingleUseObjectProvider store = session.singleUseObjects();
        Map<String, String> notes = store.get(KEY_PREFIX + key);
        return SendAllowance.restore(limits, notes == null ? null : notes.get(NOTE), now);
    }
}
