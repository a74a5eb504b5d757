package ch.guichetai.testdata;

import ch.guichetai.account.Account;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** Logins for the application's tests, as Spring Security leaves them after Keycloak's OIDC login. */
public final class TestLogins {

    private TestLogins() {
    }

    /** The login Keycloak's ID token of this canton would give the account, with these roles. */
    public static OAuth2AuthenticationToken login(Account account, String canton, String... roles) {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300),
                Map.of("sub", account.subject(), "email", account.email().value()));
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles).map(SimpleGrantedAuthority::new).toList();
        return new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token, "sub"), authorities, canton);
    }
}
