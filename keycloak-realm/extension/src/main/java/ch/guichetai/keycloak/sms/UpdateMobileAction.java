package ch.guichetai.keycloak.sms;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.common.util.Time;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Required action {@value UpdateMobileActionFactory#ID}: the person gives a new mobile number, a
 * 6-digit code is sent by SMS to that new number, and only the right code (in time, within the
 * allowed wrong attempts, as at login) replaces the {@code phoneNumber} attribute. The application
 * starts it with {@code kc_action=update_mobile} after the login (password and SMS code to the old
 * number), so both numbers are proven.
 */
final class UpdateMobileAction implements RequiredActionProvider {

    static final String TEMPLATE = "update-mobile.ftl";
    static final String NEW_NUMBER = "guichet-mobile.new";

    private static final Logger log = Logger.getLogger(UpdateMobileAction.class);

    private final SmsSettings settings;
    private final SendLog.Limits limits;
    private final SmsGateway gateway;

    UpdateMobileAction(SmsSettings settings, SendLog.Limits limits, SmsGateway gateway) {
        this.settings = settings;
        this.limits = limits;
        this.gateway = gateway;
    }

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Only on request: the number given at registration stays until the person changes it.
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        forget(context.getAuthenticationSession());
        context.challenge(numberForm(context, null).createForm(TEMPLATE));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        AuthenticationSessionModel session = context.getAuthenticationSession();
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String newNumber = session.getAuthNote(NEW_NUMBER);
        CodeChallenge challenge = CodeChallenge.restore(settings, session::getAuthNote);
        if (form.containsKey("mobile") || newNumber == null || challenge == null) {
            askedFor(context, form.getFirst("mobile"));
            return;
        }
        Instant now = now();
        if (form.containsKey("resend")) {
            if (challenge.canResend(now)) {
                sendCode(context, newNumber, challenge.wrongAttempts(), "guichetSmsNewCodeSent");
            } else {
                context.challenge(codeForm(context, newNumber, challenge, now)
                        .setError("guichetSmsResendTooEarly", challenge.secondsUntilResend(now)).createForm(TEMPLATE));
            }
            return;
        }
        switch (challenge.check(form.getFirst("code"), now)) {
            case ACCEPTED -> {
                forget(session);
                String previous = context.getUser().getFirstAttribute(SmsCodeAuthenticator.MOBILE_ATTRIBUTE);
                context.getUser().setSingleAttribute(SmsCodeAuthenticator.MOBILE_ATTRIBUTE, newNumber);
                context.getEvent().detail("previous_mobile", SmsCodeAuthenticator.mask(previous))
                        .detail("updated_mobile", SmsCodeAuthenticator.mask(newNumber));
                context.success();
            }
            case EXPIRED -> context.challenge(codeForm(context, newNumber, challenge, now)
                    .setError("guichetSmsCodeExpired").createForm(TEMPLATE));
            case TOO_MANY_ATTEMPTS -> startOver(context);
            case WRONG -> {
                CodeChallenge counted = challenge.withWrongAttempt();
                if (counted.attemptsExhausted()) {
                    startOver(context);
                    return;
                }
                remember(session, counted);
                context.challenge(codeForm(context, newNumber, counted, now)
                        .setError("guichetSmsWrongCode", counted.attemptsLeft()).createForm(TEMPLATE));
            }
        }
    }

    private void askedFor(RequiredActionContext context, String typed) {
        String number = MobileNumbers.normalise(typed);
        if (number == null) {
            context.challenge(numberForm(context, typed).setError("guichetMobileInvalid").createForm(TEMPLATE));
            return;
        }
        if (number.equals(context.getUser().getFirstAttribute(SmsCodeAuthenticator.MOBILE_ATTRIBUTE))) {
            context.challenge(numberForm(context, typed).setError("guichetMobileUnchanged").createForm(TEMPLATE));
            return;
        }
        context.getAuthenticationSession().setAuthNote(NEW_NUMBER, number);
        sendCode(context, number, 0, null);
    }

    private void sendCode(RequiredActionContext context, String number, int wrongAttemptsSoFar, String infoMessage) {
        Instant now = now();
        Duration wait = SendLog.waitBeforeNext(context.getSession(), limits, SmsCodeAuthenticator.smsKey(context.getUser()), now);
        if (!wait.isZero()) {
            context.getEvent().error("guichet_sms_limit_reached");
            context.challenge(numberForm(context, number)
                    .setError("guichetSmsLimitReached", SendAllowance.minutesUpward(wait)).createForm(TEMPLATE));
            return;
        }
        CodeChallenge challenge = CodeChallenge.issue(settings, now, wrongAttemptsSoFar);
        LoginFormsProvider form = codeForm(context, number, challenge, now);
        try {
            gateway.send(number, form.getMessage("guichetMobileSmsText", challenge.code(), settings.codeValidity().toMinutes()));
        } catch (IOException | RuntimeException e) {
            log.warnf("SMS to the new mobile of user %s could not be sent: %s", context.getUser().getId(), e.getMessage());
            context.challenge(numberForm(context, number).setError("guichetSmsNotSent").createForm(TEMPLATE));
            return;
        }
        SendLog.record(context.getSession(), limits, SmsCodeAuthenticator.smsKey(context.getUser()), now);
        remember(context.getAuthenticationSession(), challenge);
        if (infoMessage != null) {
            form.setInfo(infoMessage);
        }
        context.challenge(form.createForm(TEMPLATE));
    }

    /** Too many wrong codes: the new number must be given again (and a new code is sent). */
    private void startOver(RequiredActionContext context) {
        forget(context.getAuthenticationSession());
        context.getEvent().error("guichet_sms_too_many_wrong_codes");
        context.challenge(numberForm(context, null).setError("guichetMobileTooManyWrongCodes").createForm(TEMPLATE));
    }

    private LoginFormsProvider numberForm(RequiredActionContext context, String typed) {
        return context.form()
                .setAttribute("step", "number")
                .setAttribute("typedMobile", typed == null ? "" : typed)
                .setAttribute("currentMobileHint",
                        SmsCodeAuthenticator.mask(context.getUser().getFirstAttribute(SmsCodeAuthenticator.MOBILE_ATTRIBUTE)));
    }

    private LoginFormsProvider codeForm(RequiredActionContext context, String number, CodeChallenge challenge, Instant now) {
        return context.form()
                .setAttribute("step", "code")
                .setAttribute("mobileHint", SmsCodeAuthenticator.mask(number))
                .setAttribute("validityMinutes", settings.codeValidity().toMinutes())
                .setAttribute("resendAfterSeconds", challenge.secondsUntilResend(now));
    }

    private static void remember(AuthenticationSessionModel session, CodeChallenge challenge) {
        challenge.notes().forEach(session::setAuthNote);
    }

    private static void forget(AuthenticationSessionModel session) {
        session.removeAuthNote(NEW_NUMBER);
        session.removeAuthNote(CodeChallenge.CODE);
        session.removeAuthNote(CodeChallenge.SENT_AT);
        session.removeAuthNote(CodeChallenge.WRONG_ATTEMPTS);
    }

    private static Instant now() {
        return Instant.ofEpochMilli(Time.currentTimeMillis());
    }

    @Override
    public void close() {
    }
}
