package ch.guichetai.limits;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rates of each {@link Limit} ({@code guichet.limits.*}, defaults in platform-core.yml). Each
 * limit has one or more rates, all of which must allow the action, e.g. 3 per 15 minutes and 10 per day.
 */
@ConfigurationProperties("guichet.limits")
record LimitSettings(List<Rate> registrationPerAddress, List<Rate> registrationPerClient,
                     List<Rate> verificationPerAccount, List<Rate> invitationPerManager,
                     List<Rate> invitationPerMember) {

    /** At most {@code count} actions per {@code per}; used tokens come back evenly over the period. */
    record Rate(int count, Duration per) {
    }

    LimitSettings {
        check("registration-per-address", registrationPerAddress);
        check("registration-per-client", registrationPerClient);
        check("verification-per-account", verificationPerAccount);
        check("invitation-per-manager", invitationPerManager);
        check("invitation-per-member", invitationPerMember);
    }

    List<Rate> rates(Limit limit) {
        return switch (limit) {
            case REGISTRATION_PER_ADDRESS -> registrationPerAddress;
            case REGISTRATION_PER_CLIENT -> registrationPerClient;
            case VERIFICATION_PER_ACCOUNT -> verificationPerAccount;
            case INVITATION_PER_MANAGER -> invitationPerManager;
            case INVITATION_PER_MEMBER -> invitationPerMember;
        };
    }

    /** A missing or senseless rate stops start-up: an action must never be unlimited by mistake. */
    private static void check(String name, List<Rate> rates) {
        if (rates == null || rates.isEmpty()) {
            throw new IllegalArgumentException("guichet.limits." + name + " is missing");
        }
        for (Rate rate : rates) {
            if (rate.count() < 1 || rate.per() == null || rate.per().isNegative() || rate.per().isZero()) {
                throw new IllegalArgumentException("guichet.limits." + name + ": a rate needs a count >= 1 and a period > 0, not "
                        + rate);
            }
        }
    }
}
