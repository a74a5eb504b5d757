package ch.guichetai.security;

import ch.guichetai.canton.Role;
import ch.guichetai.registration.IdentityFollower;
import ch.guichetai.registration.SignInPolicy;
import ch.guichetai.tenant.TenantContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns the realm's ID token into the app's user: roles from the {@code roles} claim, and only if
 * the token comes from this host's canton and {@link SignInPolicy} lets the person in. The person's
 * account then follows the e-mail and mobile number of the token ({@link IdentityFollower}).
 */
@Component
class CantonOidcUserService extends OidcUserService {

    static final String COMPANY_PENDING = "company-pending";
    static final String COMPANY_REFUSED = "company-refused";
    static final String NO_ACCOUNT = "no-account";
    static final String WRONG_CANTON = "wrong-canton";
    static final String ACCOUNT_REMOVED = "account-removed";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CantonOidcUserService.class);

    private final SignInPolicy policy;
    private final IdentityFollower follower;

    CantonOidcUserService(SignInPolicy policy, IdentityFollower follower) {
        this.policy = policy;
        this.follower = follower;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        String idToken = request.getIdToken().getTokenValue();
        if (!request.getClientRegistration().getRegistrationId().equals(TenantContext.current().value())) {
            throw new SignInRefusedException(WRONG_CANTON, idToken);
        }
        OidcUser user = super.loadUser(request);
        List<String> realmRoles = user.getIdToken().getClaimAsStringList("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (realmRoles != null) {
            realmRoles.forEach(name -> Role.ofRealmRole(name).ifPresent(roles::add));
        }
        switch (policy.decide(user.getSubject(), roles)) {
            case ALLOWED -> { }
            case COMPANY_PENDING -> throw new SignInRefusedException(COMPANY_PENDING, idToken);
            case COMPANY_REFUSED -> throw new SignInRefusedException(COMPANY_REFUSED, idToken);
            case NO_ACCOUNT -> throw new SignInRefusedException(NO_ACCOUNT, idToken);
            case ACCOUNT_REMOVED -> throw new SignInRefusedException(ACCOUNT_REMOVED, idToken);
        }
        if (roles.stream().noneMatch(Role::isOffice)) {
            follow(user);
        }
        Set<SimpleGrantedAuthority> authorities = roles.stream().map(role -> new SimpleGrantedAuthority(role.authority()))
                .collect(Collectors.toSet());
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "sub");
    }

    /** The account takes over the e-mail and mobile number Keycloak holds (changed from "Mon compte"). */
    private void follow(OidcUser user) {
        try {
            follower.signedIn(user.getSubject(), user.getEmail(), user.getEmailVerified(),
                    user.getIdToken().getClaimAsString("phone_number"));
        } catch (RuntimeException e) {
            // The login itself is sound; the account follows at the next sign-in.
            log.warn("account of {} not brought up to date with Keycloak: {}", user.getSubject(), e.toString());
        }
    }
}
