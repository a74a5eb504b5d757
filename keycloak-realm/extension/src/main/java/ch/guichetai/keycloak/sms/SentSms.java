package ch.guichetai.keycloak.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;

/**
 * The SMS sent to a user in the last 24 hours (login codes and codes to a new mobile number
 * alike), kept in Keycloak's single-use object store: server side, shared by the nodes of a
 * cluster, gone after a day. Two sends at the very same instant may both pass; the limits are
 * about floods, not single messages.
 */
final class SentSms {

    /** At most {@code perWindow} SMS in any {@code window} and {@code perDay} in any 24 hours. */
    record Limits(int perWindow, Duration window, int perDay) {

        Limits {
            SmsAllowance.restore(perWindow, window, perDay, null, Instant.EPOCH); // validates
        }
    }

    private static final String KEY_PREFIX = "guichet-sms.sent.";
    private static final String NOTE = "sent";

    private SentSms() {
    }

    /** Zero when an SMS may be sent to the user now, otherwise how long until one may. */
    static Duration waitBeforeNext(KeycloakSession session, Limits limits, UserModel user, Instant now) {
        return allowance(session, limits, user, now).waitBeforeNext(now);
    }

    static void record(KeycloakSession session, Limits limits, UserModel user, Instant now) {
        SmsAllowance after = allowance(session, limits, user, now).withSent(now);
        session.singleUseObjects().put(KEY_PREFIX + user.getId(), SmsAllowance.DAY.toSeconds(), Map.of(NOTE, after.keep()));
    }

    private static SmsAllowance allowance(KeycloakSession session, Limits limits, UserModel user, Instant now) {
        SingleUseObjectProvider store = session.singleUseObjects();
        Map<String, String> notes = store.get(KEY_PREFIX + user.getId());
        return SmsAllowance.restore(limits.perWindow(), limits.window(), limits.perDay(),
                notes == null ? null : notes.get(NOTE), now);
    }
}
