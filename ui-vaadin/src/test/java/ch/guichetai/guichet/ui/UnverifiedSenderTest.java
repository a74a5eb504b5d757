package ch.guichetai.guichet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.NewAccount;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Language;
import ch.guichetai.identity.KeycloakUsers;
import ch.guichetai.identity.NewUser;
import ch.guichetai.registration.RealIdentityServices;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.testdata.TestLogins;
import ch.guichetai.ui.InCanton;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Only a confirmed e-mail can send (issue 10, item 8): a person who has not opened the link yet
 * sees why on the form page, with the link to get it again, and cannot send. Keycloak is real,
 * as it is Keycloak that knows whether the address was confirmed.
 */
@SpringBootTest
@InCanton("ge")
@ExtendWith(RealIdentityServices.class)
class UnverifiedSenderTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void realKeycloak(DynamicPropertyRegistry registry) {
        RealIdentityServices.register(registry);
    }

    @Autowired
    Accounts accounts;
    @Autowired
    KeycloakUsers keycloakUsers;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPersonWhoseEmailIsNotConfirmedSeesWhyAndCannotSend() {
        TestDatabase.reset(jdbc);
        Account.Person person = TestAccounts.person("Anne", "Martin", TestAccounts.uniqueEmail("anne"));
        String subject = keycloakUsers.create(new CantonCode("ge"), new NewUser(person.email(), person.firstName(),
                person.lastName(), person.mobile(), null, Language.FR, Set.of()));
        Account anne = accounts.create(NewAccount.individual(subject, person, Language.FR, true,
                Optional.empty()), TestBankAccounts.draft("Anne Martin"));
        SecurityContextHolder.getContext().setAuthentication(TestLogins.login(anne, "ge", "ROLE_LEGAL_REPRESENTATIVE"));

        UI.getCurrent().navigate("guichet/demande/318.632.1");

        assertThat(find(Div.class).id("verification-banner").getElement().getTextRecursively()).contains(
                "Confirmez votre accès au guichet en ligne en cliquant sur le lien reçu par email.",
                "Vous pourrez envoyer votre demande dès que votre adresse e-mail sera confirmée.",
                "Renvoyez-moi un nouvel email!");
        assertThat(find(Button.class).id("send-request").isEnabled()).isFalse();
    }
}
