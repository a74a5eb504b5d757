package ch.guichetai.registration;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.canton.Canton;
import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.notification.Mail;
import ch.guichetai.notification.Mailer;
import ch.guichetai.primitives.EmailAddress;
import ch.guichetai.primitives.InvalidValueException;
import ch.guichetai.primitives.PhoneNumber;
import ch.guichetai.tenant.TenantContext;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * At each sign-in the account follows what Keycloak holds: the e-mail address (changed through
 * Keycloak's UPDATE_EMAIL, effective only once the link sent to the new address was clicked), its
 * verification, and the mobile number (changed through our {@code update_mobile} action, confirmed
 * by an SMS code sent to the new number). When the address changed, the old one is told so.
 */
@Service
public class IdentityFollower {

    private static final Logger log = LoggerFactory.getLogger(IdentityFollower.class);

    private final Accounts accounts;
    private final Mailer mailer;
    private final CantonCatalog cantons;

    IdentityFollower(Accounts accounts, Mailer mailer, CantonCatalog cantons) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.cantons = cantons;
    }

    /** The claims of the ID token: {@code email}, {@code email_verified}, {@code phone_number} (any may be null). */
    @Transactional
    public void signedIn(String subject, String email, Boolean emailVerified, String mobile) {
        EmailAddress newEmail = parse(() -> EmailAddress.of(email), email);
        PhoneNumber newMobile = parse(() -> PhoneNumber.mobileOf(mobile), mobile);
        Optional<EmailAddress> previous = accounts.followIdentity(subject, newEmail, Boolean.TRUE.equals(emailVerified),
                newMobile);
        previous.ifPresent(old -> {
            Account account = accounts.bySubject(subject).orElseThrow();
            Canton canton = cantons.require(TenantContext.current());
            mailer.queue(old, account.language(),
                    new Mail.EmailChanged(account.email().value(), canton.office().name().in(account.language())));
        });
    }

    private static <T> T parse(java.util.function.Supplier<T> parse, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            log.warn("a Keycloak claim the application refuses was ignored ({})", e.messageKey());
            return null;
        }
    }
}
