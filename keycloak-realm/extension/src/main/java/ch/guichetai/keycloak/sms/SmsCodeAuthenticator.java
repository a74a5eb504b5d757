package ch.guichetai.keycloak.sms;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.common.util.Time;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Second factor after the password: a 6-digit code sent by SMS to the user's mobile number
 * (attribute {@code phoneNumber}). The code is valid a few minutes, a new one may be asked for
 * after a delay, and after too many wrong codes the login starts over. Every wrong code counts as a
 * failed login for Keycloak's brute-force protection (reference category {@code otp}); a user it
 * has locked gets no SMS and has no code checked. A user receives at most a few SMS per quarter
 * hour and per day ({@link SendLog}), however often the password is typed.
 */
final class SmsCodeAuthenticator implements Authenticator {

    static final String MOBILE_ATTRIBUTE = "phoneNumber";
    static final String TEMPLATE = "sms-code.ftl";

    private static final Logger log = Logger.getLogger(SmsCodeAuthenticator.class);

    /** What Keycloak's brute-force protection counts: failures of this category, like its own OTP form's. */
    static final String BRUTE_FORCE_CATEGORY = "otp";

    private final SmsSettings settings;
    private final SendLog.Limits limits;
    private final SmsGateway gateway;

    SmsCodeAuthenticator(SmsSettings settings, SendLog.Limits limits, SmsGateway gateway) {
        this.settings = settings;
        this.limits = limits;
        this.gateway = gateway;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        if (lockedOut(context)) {
            return;
        }
        sendNewCode(context, 0, null);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        AuthenticationSessionModel session = context.getAuthenticationSession();
        CodeChallenge challenge = CodeChallenge.restore(settings, session::getAuthNote);
        if (challenge == null) {
            authenticate(context);
            return;
        }
        if (lockedOut(context)) {
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        Instant now = now();
        if (form.containsKey("resend")) {
            if (challenge.canResend(now)) {
                sendNewCode(context, challenge.wrongAttempts(), "guichetSmsNewCodeSent");
            } else {
                context.challenge(form(context, challenge, now)
                        .setError("guichetSmsResendTooEarly", challenge.secondsUntilResend(now))
                        .createForm(TEMPLATE));
            }
            return;
        }
        switch (challenge.check(form.getFirst("code"), now)) {
            case ACCEPTED -> {
                forget(session);
                context.success();
            }
            case EXPIRED -> context.failureChallenge(AuthenticationFlowError.EXPIRED_CODE,
                    form(context, challenge, now).setError("guichetSmsCodeExpired").createForm(TEMPLATE));
            case TOO_MANY_ATTEMPTS -> startOver(context);
            case WRONG -> {
                CodeChallenge counted = challenge.withWrongAttempt();
                if (counted.attemptsExhausted()) {
                    // The flow does not count a fork as a failure: count this last wrong code here.
                    context.getProtector().failedLogin(context.getRealm(), context.getUser(), context.getConnection(),
                            context.getUriInfo(), Set.of(BRUTE_FORCE_CATEGORY));
                    startOver(context);
                    return;
                }
                remember(session, counted);
                context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS,
                        form(context, counted, now).setError("guichetSmsWrongCode", counted.attemptsLeft())
                                .createForm(TEMPLATE));
            }
        }
    }

    private void sendNewCode(AuthenticationFlowContext context, int wrongAttemptsSoFar, String infoMessage) {
        UserModel user = context.getUser();
        String mobile = user.getFirstAttribute(MOBILE_ATTRIBUTE);
        if (mobile == null || mobile.isBlank()) {
            context.getEvent().error("guichet_sms_no_mobile");
            context.failure(AuthenticationFlowError.INVALID_USER, context.form()
                    .setError("guichetSmsNoMobile").createErrorPage(Response.Status.BAD_REQUEST));
            return;
        }
        Instant now = now();
        Duration wait = SendLog.waitBeforeNext(context.getSession(), limits, smsKey(user), now);
        if (!wait.isZero()) {
            context.getEvent().error("guichet_sms_limit_reached");
            forget(context.getAuthenticationSession());
            context.forkWithErrorMessage(new FormMessage(null, "guichetSmsLimitReached", SendAllowance.minutesUpward(wait)));
            return;
        }
        CodeChallenge challenge = CodeChallenge.issue(settings, now, wrongAttemptsSoFar);
        LoginFormsProvider form = form(context, challenge, now);
        String text = form.getMessage("guichetSmsText", challenge.code(), settings.codeValidity().toMinutes());
        try {
            gateway.send(mobile, text);
        } catch (IOException | RuntimeException e) {
            log.warnf("SMS to the mobile of user %s could not be sent: %s", user.getId(), e.getMessage());
            context.getEvent().error("guichet_sms_not_sent");
            context.failure(AuthenticationFlowError.INTERNAL_ERROR, context.form()
                    .setError("guichetSmsNotSent").createErrorPage(Response.Status.SERVICE_UNAVAILABLE));
            return;
        }
        SendLog.record(context.getSession(), limits, smsKey(user), now);
        if (settings.development()) {
            log.debugf("Development SMS code for user %s written to the outbox", user.getUsername());
        }
        remember(context.getAuthenticationSession(), challenge);
        if (infoMessage != null) {
            form.setInfo(infoMessage);
        }
        context.challenge(form.createForm(TEMPLATE));
    }

    /**
     * A user locked by the brute-force protection (too many wrong passwords or codes, also from
     * another browser) goes back to the login with Keycloak's own message: no SMS, no code checked.
     */
    private boolean lockedOut(AuthenticationFlowContext context) {
        String error = AuthenticatorUtils.getDisabledByBruteForceEventError(context, context.getUser());
        if (error == null) {
            return false;
        }
        forget(context.getAuthenticationSession());
        context.getEvent().user(context.getUser()).error(error);
        context.forkWithErrorMessage(new FormMessage(null, "accountTemporarilyDisabledMessage"));
        return true;
    }

    /** Too many wrong codes: the whole login starts over, with the password. */
    private void startOver(AuthenticationFlowContext context) {
        forget(context.getAuthenticationSession());
        context.getEvent().error("guichet_sms_too_many_wrong_codes");
        context.forkWithErrorMessage(new FormMessage(null, "guichetSmsTooManyWrongCodes"));
    }

    private LoginFormsProvider form(AuthenticationFlowContext context, CodeChallenge challenge, Instant now) {
        return context.form()
                .setAttribute("mobileHint", mask(context.getUser().getFirstAttribute(MOBILE_ATTRIBUTE)))
                .setAttribute("validityMinutes", settings.codeValidity().toMinutes())
                .setAttribute("resendAfterSeconds", challenge.secondsUntilResend(now));
    }

    private static void remember(AuthenticationSessionModel session, CodeChallenge challenge) {
        challenge.notes().forEach(session::setAuthNote);
    }

    private static void forget(AuthenticationSessionModel session) {
        session.removeAuthNote(CodeChallenge.CODE);
        session.removeAuthNote(CodeChallenge.SENT_AT);
        session.removeAuthNote(CodeChallenge.WRONG_ATTEMPTS);
    }

    /** The SMS of one user, login codes and codes to a new number together, count against one limit. */
    static String smsKey(UserModel user) {
        return "sms." + user.getId();
    }

    /** "+41 ** *** ** 67": enough to recognise one's number, not enough to learn it. */
    static String mask(String mobile) {
        if (mobile == null || mobile.length() < 4) {
            return "";
        }
        String digits = mobile.replaceAll("[^0-9+]", "");
        String prefix = digits.startsWith("+") ? digits.substring(0, Math.min(3, digits.length())) : "";
        return prefix + " ••• ••• •• " + digits.substring(digits.length() - 2);
    }

    private static Instant now() {
        return Instant.ofEpochMilli(Time.currentTimeMillis());
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        // Always: a user without a mobile number gets our explanation, not Keycloak's set-up page.
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        // The mobile number is given at registration; there is no self-service set-up.
    }

    @Override
    public void close() {
    }
}
