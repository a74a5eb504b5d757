package ch.guichetai.keycloak.sms;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Registers {@link UpdateMobileAction} as {@value #ID}. It sends through the SMS gateway of the
 * code authenticator and with its settings (validity, resend delay, wrong attempts): one SMS
 * configuration for the server, {@code --spi-authenticator--guichet-sms-code--…}.
 */
public final class UpdateMobileActionFactory implements RequiredActionFactory {

    public static final String ID = "update_mobile";

    private SmsCodeAuthenticatorFactory sms;

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        sms = (SmsCodeAuthenticatorFactory) factory.getProviderFactory(Authenticator.class, SmsCodeAuthenticatorFactory.ID);
    }

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new UpdateMobileAction(sms.settings(), sms.limits(), sms.gateway());
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayText() {
        return "Guichet AI: change the mobile number (SMS code to the new number)";
    }

    @Override
    public void close() {
    }
}
