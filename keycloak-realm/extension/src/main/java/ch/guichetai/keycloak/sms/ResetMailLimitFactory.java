package ch.guichetai.keycloak.sms;

import java.time.Duration;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * Registers {@link ResetMailLimit} as {@value #ID}. Server options
 * ({@code --spi-authenticator--guichet-reset-limit--<option>=<value>}): {@code per-address-window}
 * (3), {@code per-address-day} (6), {@code per-client-window} (10), {@code per-client-day} (50),
 * {@code window-minutes} (15).
 */
public final class ResetMailLimitFactory implements AuthenticatorFactory {

    public static final String ID = "guichet-reset-limit";

    private SendLog.Limits perAddress;
    private SendLog.Limits perClient;

    @Override
    public void init(Config.Scope config) {
        Duration window = Duration.ofMinutes(config.getLong("window-minutes", 15L));
        perAddress = new SendLog.Limits(config.getInt("per-address-window", 3), window, config.getInt("per-address-day", 6));
        perClient = new SendLog.Limits(config.getInt("per-client-window", 10), window, config.getInt("per-client-day", 50));
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new ResetMailLimit(perAddress, perClient);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Guichet AI: limit on password-reset mails";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {AuthenticationExecutionModel.Requirement.REQUIRED};
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public String getHelpText() {
        return "Refuses a reset mail past a few per typed address and per client address.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }
}
