package ch.guichetai.office.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.NewAccount;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Language;
import ch.guichetai.company.Companies.PendingRegistration;
import ch.guichetai.company.Companies;
import ch.guichetai.company.Company;
import ch.guichetai.company.NewCompany;
import ch.guichetai.identity.KeycloakUsers;
import ch.guichetai.identity.NewUser;
import ch.guichetai.primitives.EmailAddress;
import ch.guichetai.primitives.PhoneNumber;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.registration.RealIdentityServices;
import ch.guichetai.testdata.TestCompanies;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.ui.InCanton;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The office's list of registrations: approving asks for confirmation first (Cancel leaves the
 * registration waiting), and the messages read correctly for a name starting with a vowel.
 * Against the real Keycloak of the registration tests: approval gives the registrant's login the
 * Gérant's role there.
 */
@SpringBootTest
@InCanton("ge")
@ExtendWith(RealIdentityServices.class)
class PendingRegistrationsViewTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void realKeycloak(DynamicPropertyRegistry registry) {
        RealIdentityServices.register(registry);
    }

    @Autowired
    Companies companies;
    @Autowired
    Accounts accounts;
    @Autowired
    KeycloakUsers keycloak;
    @Autowired
    JdbcTemplate jdbc;

    private Company company;
    private String registrantId;

    @BeforeEach
    void aPendingRegistrationAndAnAgentLoggedIn() {
        TestDatabase.reset(jdbc);
        company = companies.register(new NewCompany("Audition Léman SA", TestCompanies.uniqueGln(), Optional.empty(),
                new PostalAddress("Rue du Marché 1", "1204", "Genève", "CH")));
        EmailAddress email = EmailAddress.of("paul." + UUID.randomUUID() + "@mail.ch");
        registrantId = keycloak.create(new CantonCode("ge"), new NewUser(email, "Paul", "Zurbriggen",
                PhoneNumber.mobileOf("079 123 45 67"), "Sicher-Passwort-2026", Language.FR, Set.of()));
        accounts.create(NewAccount.companyMember(registrantId, new Account.Person(Account.Title.MR,
                "Zurbriggen", "Paul", company.address(), email,
                PhoneNumber.mobileOf("079 123 45 67")), Language.FR, company.id(), Account.CompanyRole.MANAGER)
                .withEmailVerified(), null);

        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300),
                Map.of("sub", UUID.randomUUID().toString(), "email", "agent.ge@demo.guichet-ai.ch"));
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_OFFICE_AGENT"));
        SecurityContextHolder.getContext().setAuthentication(
                new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token, "sub"), authorities, "ge"));
        navigate(PendingRegistrationsView.class);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void approvingAsksFirstAndCancelLeavesTheRegistrationWaiting() {
        test(approveButton()).click();

        Dialog dialog = find(Dialog.class).id("approval-dialog");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Accepter l’inscription de la société « Audition Léman SA » ?");
        test(find(Button.class).id("cancel-approval")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(companies.byId(company.id()).orElseThrow().status()).isEqualTo(Company.Status.PENDING);
        assertThat(RealIdentityServices.get().admin().realmRoles("ge", registrantId)).doesNotContain("company-manager");
    }

    @Test
    void confirmingApprovesAndSaysSo() {
        test(approveButton()).click();
        test(find(Button.class).id("confirm-approval")).click();

        assertThat(companies.byId(company.id()).orElseThrow().status()).isEqualTo(Company.Status.APPROVED);
        assertThat(RealIdentityServices.get().admin().realmRoles("ge", registrantId)).contains("company-manager");
        assertThat(find(Notification.class).all()).extracting(notification -> test(notification).getText())
                .contains("Inscription de la société « Audition Léman SA » acceptée ; le gérant a été averti par e-mail.");
    }

    /** The grid renders its buttons lazily: take the one in this company's row. */
    private Button approveButton() {
        @SuppressWarnings("unchecked")
        Grid<PendingRegistration> grid = find(Grid.class).id("pending-registrations");
        var rows = test(grid);
        for (int row = 0; row < rows.size(); row++) {
            if (rows.getRow(row).company().id() == company.id()) {
                return rows.getCellComponent(row, 3).getChildren().map(Button.class::cast)
                        .filter(button -> button.getId().orElse("").equals("approve-" + company.id()))
                        .findFirst().orElseThrow();
            }
        }
        throw new AssertionError("no row for " + company.name());
    }
}
