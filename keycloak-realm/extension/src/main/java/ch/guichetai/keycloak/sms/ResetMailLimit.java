package ch.guichetai.keycloak.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;

/**
 * In the forgotten-password flow, between "which address?" and the mail: at most a few reset
 * mails per typed address and per client address. Counted whether or not the address belongs to
 * an account, so the answer tells nothing about who is a customer; past the limit no mail goes
 * and the person is told when to try again.
 */
final class ResetMailLimit implements Authenticator {

    private final SendLog.Limits perAddress;
    private final SendLog.Limits perClient;

    ResetMailLimit(SendLog.Limits perAddress, SendLog.Limits perClient) {
        this.perAddress = perAddress;
        this.perClient = perClient;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        String typed = context.getAuthenticationSession().getAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME);
        String addressKey = "reset.address." + context.getRealm().getId() + "." + (typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT));
        String clientKey = "reset.client." + context.getRealm().getId() + "." + context.getConnection().getRemoteAddr();
        KeycloakSession session = context.getSession();
        Instant now = Instant.ofEpochMilli(Time.currentTimeMillis());
        Duration wait = SendAllowance.longer(SendLog.waitBeforeNext(session, perAddress, addressKey, now),
                SendLog.waitBeforeNext(session, perClient, clientKey, now));
        if (!wait.isZero()) {
            context.getEvent().error("guichet_reset_limit_reached");
            context.forkWithErrorMessage(new FormMessage(null, "guichetResetLimitReached", SendAllowance.minutesUpward(wait)));
            return;
        }
        SendLog.record(session, perAddress, addressKey, now);
        SendLog.record(session, perClient, clientKey, now);
        context.success();
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        authenticate(context);
    }

    @Override
    public boolean requiresUser() {
        return false; // an unknown address is counted too
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
