package ch.guichetai.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestDatabase;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * At sign-in the account takes over what Keycloak's ID token says of the e-mail and the mobile
 * number (changed from "Mon compte" through Keycloak), and the old address is told; a token of
 * another canton's realm changes nothing. The token carries the claims our realms put in it
 * (checked against the real Keycloak by GuichetAppClientIT and EmailChangeIT/UpdateMobileIT);
 * the user-info call is left out (no user-info address in the registration used here).
 */
@SpringBootTest
class SignInFollowsKeycloakTest {

    private static final CantonCode GE = new CantonCode("ge");

    @Autowired
    CantonOidcUserService users;
    @Autowired
    ClientRegistrationRepository registrations;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private Account pierre;

    @BeforeEach
    void pierreOfGeneva() {
        TestDatabase.reset(jdbc);
        pierre = as(GE, () -> accounts.create(TestAccounts.beneficiary("Pierre", "Dupont"),
                TestBankAccounts.draft("Pierre Dupont")));
    }

    @Test
    void theAccountTakesOverTheNewEmailAndMobileAndTheOldAddressIsTold() {
        String newEmail = "pierre.nouveau." + UUID.randomUUID() + "@mail.ch";

        OidcUser user = as(GE, () -> users.loadUser(request("ge", newEmail, "+41791112233")));

        assertThat(user.getSubject()).isEqualTo(pierre.subject());
        Account followed = as(GE, () -> accounts.bySubject(pierre.subject())).orElseThrow();
        assertThat(followed.email().value()).isEqualTo(newEmail);
        assertThat(followed.mobile().value()).isEqualTo("+41791112233");
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where canton = 'ge' and recipient = ?"
                + " and subject = 'Votre adresse e-mail a été modifiée'", Integer.class, pierre.email().value())).isEqualTo(1);
    }

    @Test
    void aTokenOfAnotherCantonsRealmIsRefusedAndChangesNothing() {
        assertThatThrownBy(() -> as(GE, () -> users.loadUser(request("be", "pirate@mail.ch", "+41790000000"))))
                .isInstanceOf(SignInRefusedException.class);

        Account unchanged = as(GE, () -> accounts.bySubject(pierre.subject())).orElseThrow();
        assertThat(unchanged.email()).isEqualTo(pierre.email());
        assertThat(unchanged.mobile()).isEqualTo(pierre.mobile());
    }

    private OidcUserRequest request(String realm, String email, String mobile) {
        ClientRegistration registration = ClientRegistration.withClientRegistration(
                registrations.findByRegistrationId(realm)).userInfoUri(null).build();
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", pierre.subject());
        claims.put("email", email);
        claims.put("email_verified", true);
        claims.put("phone_number", mobile);
        claims.put("roles", List.of("beneficiary"));
        Instant now = Instant.now();
        return new OidcUserRequest(registration,
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now, now.plusSeconds(300)),
                new OidcIdToken("id-token", now, now.plusSeconds(300), claims));
    }

    private static <T> T as(CantonCode canton, Supplier<T> work) {
        return TenantContext.callAs(canton, work);
    }
}
