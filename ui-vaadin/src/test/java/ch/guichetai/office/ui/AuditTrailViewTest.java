package ch.guichetai.office.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.audit.AuditAction;
import ch.guichetai.audit.AuditTrail;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.testdata.TestLogins;
import ch.guichetai.ui.InCanton;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail's page (office/journal): the canton's administrators read it, newest first, in
 * French, and filter it; an office agent or a person with an account reaches neither the page (by
 * its URL) nor its menu entry; Bern's administrator sees nothing of Geneva's.
 */
@SpringBootTest
@InCanton("ge")
class AuditTrailViewTest extends SpringBrowserlessTest {

    @Autowired
    Accounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    private Account pierre;

    @BeforeEach
    void pierreChangedHisBankAccountsAndTheOfficeDecided() {
        TestDatabase.reset(jdbc);
        pierre = accounts.create(TestAccounts.beneficiary("Pierre", "Dupont"), TestBankAccounts.draft("Pierre Dupont"));
        long added = accounts.addBankAccount(TestActors.actor(pierre), TestBankAccounts.OTHER_IBAN, "Pierre Dupont").id();
        accounts.removeBankAccount(TestActors.actor(pierre), added);
        transactions.executeWithoutResult(status -> audit.record(TestActors.officeAgent("ge"),
                AuditAction.REQUEST_ACCEPTED, AuditTrail.REQUEST, 42, "IN_PROGRESS → ACCEPTED"));
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theCantonsAdministratorsReadItNewestFirstAndFilterIt() {
        logInAsStaff("ge", "ROLE_OFFICE_ADMIN");
        navigate(AuditTrailView.class);

        assertThat(column("action")).containsExactly("Demande acceptée", "Compte bancaire supprimé", "Compte bancaire ajouté");
        assertThat(column("actor")).containsExactly("office-agent@ge.test", pierre.email().value(), pierre.email().value());
        assertThat(column("target").getFirst()).isEqualTo("Demande 42");
        assertThat(column("summary").getLast()).isEqualTo("CH44 … 9012, Pierre Dupont");
        assertThat(column("at")).allSatisfy(at -> assertThat(at).matches("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}"));
        assertThat(find(RouterLink.class).all()).extracting(RouterLink::getText).contains("Journal des modifications");

        @SuppressWarnings("unchecked")
        ComboBox<AuditAction> action = find(ComboBox.class).id("journal-action");
        action.setValue(AuditAction.BANK_ACCOUNT_REMOVED);
        assertThat(column("action")).containsExactly("Compte bancaire supprimé");
        action.clear();
        find(TextField.class).id("journal-actor").setValue("OFFICE-");
        assertThat(column("target")).containsExactly("Demande 42");
        find(TextField.class).id("journal-actor").clear();
        @SuppressWarnings("unchecked")
        ComboBox<String> targetType = find(ComboBox.class).id("journal-target-type");
        targetType.setValue(AuditTrail.BANK_ACCOUNT);
        assertThat(column("action")).containsExactly("Compte bancaire supprimé", "Compte bancaire ajouté");
        find(TextField.class).id("journal-target-id").setValue("42");
        assertThat(column("action")).isEmpty();
    }

    @Test
    void anOfficeAgentOrAPersonReachesNeitherThePageNorItsMenuEntry() {
        for (OAuth2AuthenticationToken login : List.of(staff("ge", "ROLE_OFFICE_AGENT"),
                TestLogins.login(pierre, "ge", "ROLE_BENEFICIARY"))) {
            SecurityContextHolder.getContext().setAuthentication(login);
            UI.getCurrent().navigate("office/journal");

            assertThat(getCurrentView()).as(login.getAuthorities().toString()).isNotInstanceOf(AuditTrailView.class);
            assertThat(find(Grid.class).all()).isEmpty();
            assertThat(find(RouterLink.class).all()).extracting(RouterLink::getText)
                    .doesNotContain("Journal des modifications");
        }
    }

    /** The set-up ran in Bern here: Bern's administrator sees Bern's three events, not Geneva's one. */
    @Test
    @InCanton("be")
    void bernsAdministratorSeesNothingOfGenevas() {
        jdbc.update("""
                insert into audit_event (canton, at, actor_subject, actor_email, action, target_type, target_id, summary)
                values ('ge', utc_timestamp(6), 'agent', 'agent@ge.test', 'REQUEST_REFUSED', 'request', 4242, 'Genève seulement')""");
        logInAsStaff("be", "ROLE_OFFICE_ADMIN");
        navigate(AuditTrailView.class);

        assertThat(column("summary")).hasSize(3).doesNotContain("Genève seulement");
    }

    private List<String> column(String key) {
        @SuppressWarnings("unchecked")
        GridTester<Grid<Object>, Object> grid = test(find(Grid.class).id("audit-trail"));
        int column = grid.getColumnPosition(key);
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, column)).toList();
    }

    private void logInAsStaff(String canton, String role) {
        SecurityContextHolder.getContext().setAuthentication(staff(canton, role));
    }

    /** Office staff as Keycloak's ID token of the canton's realm gives them: no account here. */
    private static OAuth2AuthenticationToken staff(String canton, String role) {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300),
                Map.of("sub", UUID.randomUUID().toString(), "email", "admin." + canton + "@demo.guichet-ai.ch"));
        var authorities = List.of(new SimpleGrantedAuthority(role));
        return new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token, "sub"), authorities, canton);
    }
}
