package ch.guichetai.keycloak.sms;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * Registers the SMS code authenticator as {@value #ID}. Server options
 * ({@code --spi-authenticator--guichet-sms-code--<option>=<value>}):
 * <ul>
 * <li>{@code gateway}: {@code dev-file} (development: SMS appended to {@code dev-outbox}) or {@code http}</li>
 * <li>{@code dev-outbox}: the file of the development gateway</li>
 * <li>{@code http-url}, {@code http-username}, {@code http-password}, {@code http-content-type}
 * (default application/json), {@code http-body-template} (default {"to":"${to}","text":"${text}"})</li>
 * <li>{@code code-validity-seconds} (300), {@code resend-after-seconds} (60), {@code max-wrong-codes} (5)</li>
 * <li>{@code max-sms-per-window} (4), {@code window-minutes} (15), {@code max-sms-per-day} (12): SMS per user,
 * login codes and codes to a new mobile number together</li>
 * </ul>
 */
public final class SmsCodeAuthenticatorFactory implements AuthenticatorFactory {

    public static final String ID = "guichet-sms-code";

    private SmsSettings settings;
    private SendLog.Limits limits;
    private SmsGateway gateway;

    @Override
    public void init(Config.Scope config) {
        settings = new SmsSettings(
                Duration.ofSeconds(config.getLong("code-validity-seconds", 300L)),
                Duration.ofSeconds(config.getLong("resend-after-seconds", 60L)),
                config.getInt("max-wrong-codes", 5),
                config.get("gateway", SmsSettings.HTTP),
                Optional.ofNullable(config.get("dev-outbox")).map(Path::of),
                Optional.ofNullable(config.get("http-url")).map(URI::create),
                Optional.ofNullable(config.get("http-username")),
                Optional.ofNullable(config.get("http-password")),
                config.get("http-body-template", "{\"to\":\"${to}\",\"text\":\"${text}\"}"),
                config.get("http-content-type", "application/json"));
        limits = new SendLog.Limits(config.getInt("max-sms-per-window", 4),
                Duration.ofMinutes(config.getLong("window-minutes", 15L)), config.getInt("max-sms-per-day", 12));
        gateway = settings.development()
                ? new DevFileSmsGateway(settings.devOutbox().orElseThrow())
                : new HttpSmsGateway(settings.httpUrl().orElseThrow(), settings.httpUsername(), settings.httpPassword(),
                        settings.httpBodyTemplate(), settings.httpContentType());
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new SmsCodeAuthenticator(settings, limits, gateway);
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
        return "Guichet AI: SMS code";
    }

    @Override
    public String getReferenceCategory() {
        return SmsCodeAuthenticator.BRUTE_FORCE_CATEGORY; // counted by the brute-force protection
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
        return "Sends a 6-digit code by SMS to the user's mobile number (attribute phoneNumber) and checks it.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    /** The server's SMS settings, shared with the change of mobile number ({@link UpdateMobileActionFactory}). */
    SmsSettings settings() {
        return settings;
    }

    /** The server's SMS limits per user, shared with the change of mobile number. */
    SendLog.Limits limits() {
        return limits;
    }

    /** The server's SMS gateway, shared with the change of mobile number. */
    SmsGateway gateway() {
        return gateway;
    }
}
