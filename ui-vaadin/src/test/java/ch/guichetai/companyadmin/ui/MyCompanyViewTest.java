package ch.guichetai.companyadmin.ui;

import static ch.guichetai.testdata.TestActors.actor;
import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.account.Account;
import ch.guichetai.account.Account.CompanyRole;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.NewAccount;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Language;
import ch.guichetai.company.Companies;
import ch.guichetai.company.Company;
import ch.guichetai.company.NewCompany;
import ch.guichetai.companyadmin.CompanyBankAccounts;
import ch.guichetai.identity.KeycloakUsers;
import ch.guichetai.identity.NewUser;
import ch.guichetai.limits.Limit;
import ch.guichetai.limits.RateLimits;
import ch.guichetai.primitives.EmailAddress;
import ch.guichetai.primitives.Iban;
import ch.guichetai.primitives.PhoneNumber;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.registration.RealIdentityServices;
import ch.guichetai.testdata.TestCompanies;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.ui.InCanton;
import ch.guichetai.ui.MainLayout;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * "Ma société" as the Gérant sees it: their own company only, wrong input shown at the fields, the
 * last Gérant kept; a Collaborateur cannot open it. Against the real Keycloak of the registration
 * tests, where only the members made with a login have a user. (Adding and removing members are
 * tested in CollaboratorsTest.)
 */
@SpringBootTest
@InCanton("ge")
@ExtendWith(RealIdentityServices.class)
class MyCompanyViewTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void realKeycloak(DynamicPropertyRegistry registry) {
        RealIdentityServices.register(registry);
    }

    @Autowired
    Accounts accounts;
    @Autowired
    Companies companies;
    @Autowired
    CompanyBankAccounts bankAccounts;
    @Autowired
    RateLimits limits;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KeycloakUsers keycloakUsers;

    private Company company;
    private Account gerant;
    private Account collaborator;
    private Account otherGerant;

    @BeforeEach
    void aCompanyWithItsGerantAndACollaborateurAndAnotherCompany() {
        TestDatabase.reset(jdbc);
        company = companies.register(new NewCompany("Soins à domicile Léman", TestCompanies.uniqueGln(), Optional.empty(),
                new PostalAddress("Rue du Marché 1", "1204", "Genève", "CH")));
        collaborator = accounts.create(member(company, "Zoé", "Aebi", CompanyRole.COLLABORATOR), null);
        gerant = accounts.create(member(company, "Paul", "Zurbriggen", CompanyRole.MANAGER),
                new Accounts.BankAccountDraft(Iban.of("CH93 0076 2011 6238 5295 7"), "Soins à domicile Léman"));
        Company other = companies.register(new NewCompany("Autre Société", TestCompanies.uniqueGln(), Optional.empty(),
                new PostalAddress("Rue du Rhône 2", "1204", "Genève", "CH")));
        otherGerant = accounts.create(member(other, "Olga", "Autre", CompanyRole.MANAGER),
                new Accounts.BankAccountDraft(Iban.of("CH44 3199 9123 0008 8901 2"), "Autre Société"));
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theGerantSeesTheCompanyItsMembersGerantFirstAndItsBankAccountsOnly() {
        logIn(gerant, "ROLE_COMPANY_MANAGER");
        MyCompanyView view = navigate(MyCompanyView.class);

        assertThat(find(Section.class).id("company-data").getElement().getTextRecursively())
                .contains("Soins à domicile Léman", company.gln().formatted(), "Rue du Marché 1", "1204 Genève");
        @SuppressWarnings("unchecked")
        Grid<Account> grid = find(Grid.class).id("members");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, 0)).startsWith("Zurbriggen Paul");
        assertThat(test(grid).getCellText(1, 0)).isEqualTo("Aebi Zoé");
        String text = view.getElement().getTextRecursively();
        assertThat(find(Div.class).id("company-bank-accounts").getElement().getTextRecursively())
                .contains("CH93 0076 2011 6238 5295 7 – Soins à domicile Léman").doesNotContain("CH44");
        assertThat(text).doesNotContain("Olga", "Autre Société");
        assertThat(menu()).contains("Ma société");
    }

    @Test
    void aCollaborateurCannotOpenMaSocieteNorSeesItInTheMenu() {
        logIn(collaborator, "ROLE_COMPANY_COLLABORATOR");

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> navigate(MyCompanyView.class));
        assertThat(getCurrentView()).as("refused with " + refused + ", now at " + getCurrentView())
                .isInstanceOf(ch.guichetai.ui.NotFoundView.class);
        navigate("guichet", com.vaadin.flow.component.Component.class);
        assertThat(menu()).doesNotContain("Ma société");
    }

    @Test
    void wrongInputIsShownAtTheFieldsAndNothingTypedIsLostNorSaved() {
        logIn(gerant, "ROLE_COMPANY_MANAGER");
        navigate(MyCompanyView.class);
        test(find(Button.class).id("add-member")).click();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Account.Title> title = find(RadioButtonGroup.class).id("member-title");
        TextField lastName = find(TextField.class).id("member-last-name");
        TextField firstName = find(TextField.class).id("member-first-name");
        EmailField email = find(EmailField.class).id("member-email");
        TextField mobile = find(TextField.class).id("member-mobile");
        lastName.setValue("Dupont<script>");
        firstName.setValue("Anne");
        email.setValue("anne.dupont@");
        mobile.setValue("022 123 45 67");
        test(find(Button.class).id("save-member")).click();

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Le champ Titre est obligatoire.");
        assertThat(lastName.isInvalid()).isTrue();
        assertThat(lastName.getErrorMessage()).startsWith("Seuls les lettres");
        assertThat(firstName.isInvalid()).isFalse();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo(email.getTranslation("invalid.email.format"));
        assertThat(mobile.isInvalid()).isTrue();
        assertThat(mobile.getErrorMessage()).isNotBlank();
        assertThat(List.of(lastName.getValue(), firstName.getValue(), email.getValue(), mobile.getValue()))
                .as("nothing typed is lost").containsExactly("Dupont<script>", "Anne", "anne.dupont@", "022 123 45 67");
        assertThat(accounts.membersOf(company.id())).hasSize(2);
    }

    @Test
    void anAddressAlreadyInUseIsRefusedAtTheEmailField() {
        logIn(gerant, "ROLE_COMPANY_MANAGER");
        navigate(MyCompanyView.class);
        test(find(Button.class).id("add-member")).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Account.Title> title = find(RadioButtonGroup.class).id("member-title");
        title.setValue(Account.Title.MRS);
        find(TextField.class).id("member-last-name").setValue("Dupont");
        find(TextField.class).id("member-first-name").setValue("Anne");
        EmailField email = find(EmailField.class).id("member-email");
        email.setValue(collaborator.email().value());
        find(TextField.class).id("member-mobile").setValue("079 123 45 67");
        test(find(Button.class).id("save-member")).click();

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Un compte existe déjà avec cette adresse e-mail.");
    }

    /**
     * "Modifier" opens a form prefilled with today's values, checked as when adding. The member has no
     * Keycloak user: the change that succeeds here is the title's, which Keycloak does not hold.
     */
    @Test
    void theGerantChangesAMemberInAPrefilledFormWrongInputAtTheFields() {
        logIn(gerant, "ROLE_COMPANY_MANAGER");
        navigate(MyCompanyView.class);
        @SuppressWarnings("unchecked")
        Grid<Account> grid = find(Grid.class).id("members");
        assertThat(buttonIds(test(grid).getCellComponent(0, "actions")))
                .as("the Gérant's own data is changed under Mon compte").doesNotContain("edit-member-" + gerant.id());
        test(action(grid, 1, "edit-member-" + collaborator.id())).click();

        MemberFields fields = memberFields();
        assertThat(List.of(fields.title().getValue(), fields.lastName().getValue(), fields.firstName().getValue(),
                fields.email().getValue(), fields.mobile().getValue()))
                .containsExactly(Account.Title.MR, "Aebi", "Zoé", collaborator.email().value(), "+41 79 123 45 67");

        fields.firstName().setValue("Zoé<b>");
        fields.email().setValue(otherGerant.email().value());
        fields.mobile().setValue("022 123 45 67");
        test(find(Button.class).id("save-member")).click();

        assertThat(List.of(fields.lastName().isInvalid(), fields.firstName().isInvalid(), fields.email().isInvalid(),
                fields.mobile().isInvalid()))
                .containsExactly(false, true, true, true);
        assertThat(fields.firstName().getErrorMessage()).startsWith("Seuls les lettres");
        assertThat(fields.email().getErrorMessage()).isEqualTo("Un compte existe déjà avec cette adresse e-mail.");
        assertThat(List.of(fields.firstName().getValue(), fields.email().getValue(), fields.mobile().getValue()))
                .as("nothing typed is lost")
                .containsExactly("Zoé<b>", otherGerant.email().value(), "022 123 45 67");
        assertThat(accounts.byId(collaborator.id()).orElseThrow().firstName()).isEqualTo("Zoé");

        fields.title().setValue(Account.Title.MRS);
        fields.firstName().setValue("Zoé");
        fields.email().setValue(collaborator.email().value());
        fields.mobile().setValue("+41 79 123 45 67");
        test(find(Button.class).id("save-member")).click();

        assertThat(find(Dialog.class).withId("edit-member-dialog").all()).noneMatch(Dialog::isOpened);
        assertThat(accounts.byId(collaborator.id()).orElseThrow().title()).isEqualTo(Account.Title.MRS);
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(1, 0)).isEqualTo("Aebi Zoé");
    }

    @Test
    void aMemberChangedThroughModifierIsShownInTheListWithTheNewNameAddressAndMobile() {
        Account marc = withLogin(member(company, "Marc", "Keller", CompanyRole.COLLABORATOR));
        logIn(gerant, "ROLE_COMPANY_MANAGER");
        navigate(MyCompanyView.class);
        @SuppressWarnings("unchecked")
        Grid<Account> grid = find(Grid.class).id("members");
        assertThat(test(grid).getCellText(2, 0)).isEqualTo("Keller Marc");
        test(action(grid, 2, "edit-member-" + marc.id())).click();

        String newEmail = "marc.rochat." + UUID.randomUUID() + "@mail.ch";
        MemberFields fields = memberFields();
        fields.lastName().setValue("Keller-Rochat");
        fields.email().setValue(newEmail);
        fields.mobile().setValue("078 765 43 21");
        test(find(Button.class).id("save-member")).click();

        assertThat(List.of(test(grid).getCellText(2, 0), test(grid).getCellText(2, 1), test(grid).getCellText(2, 2)))
                .containsExactly("Keller-Rochat Marc", newEmail, "+41 78 765 43 21");
        assertThat(RealIdentityServices.get().admin().user("ge", marc.subject())).containsEntry("lastName", "Keller-Rochat")
                .containsEntry("email", newEmail);
    }

    @Test
    void theLastGerantCanBeNeitherDemotedNorRemovedAndIsToldWhy() {
        logIn(gerant, "ROLE_COMPANY_MANAGER");
        navigate(MyCompanyView.class);
        @SuppressWarnings("unchecked")
        Grid<Account> grid = find(Grid.class).id("members");

        @SuppressWarnings("unchecked")
        Select<CompanyRole> role = (Select<CompanyRole>) test(grid).getCellComponent(0, "role");
        role.setValue(CompanyRole.COLLABORATOR);

        Div message = find(Div.class).id("members-message");
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("Votre société doit garder au moins un gérant : nommez d’abord un autre collaborateur gérant.");
        assertThat(accounts.byId(gerant.id()).orElseThrow().companyRole()).contains(CompanyRole.MANAGER);

        HorizontalLayout actions = (HorizontalLayout) test(grid).getCellComponent(0, "actions");
        test((Button) actions.getChildren().filter(button -> button.getId().orElse("").equals("remove-" + gerant.id()))
                .findFirst().orElseThrow()).click();
        test(find(ConfirmDialog.class).id("confirm-removal")).confirm();

        assertThat(find(Div.class).id("members-message").isVisible()).isTrue();
        assertThat(accounts.byId(gerant.id()).orElseThrow().isRemoved()).isFalse();
        assertThat(test(grid).size()).isEqualTo(2);
    }

    /**
     * Past the member's limit (ADR 0016) "send again" is refused above the list. The member has no
     * Keycloak user: had the service not refused before asking Keycloak to send the mail, the click would fail.
     */
    @Test
    void pastTheLimitSendingTheInvitationAgainIsRefusedAboveTheList() {
        for (int i = 0; i < 3; i++) {
            limits.take(Limit.INVITATION_PER_MEMBER, "ge:" + collaborator.id()); // the key Collaborators uses
        }
        logIn(gerant, "ROLE_COMPANY_MANAGER");
        navigate(MyCompanyView.class);
        @SuppressWarnings("unchecked")
        Grid<Account> grid = find(Grid.class).id("members");

        HorizontalLayout actions = (HorizontalLayout) test(grid).getCellComponent(1, "actions");
        test((Button) actions.getChildren().filter(button -> button.getId().orElse("").equals("resend-" + collaborator.id()))
                .findFirst().orElseThrow()).click();

        Div message = find(Div.class).id("members-message");
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("Trop de demandes, veuillez réessayer plus tard.");
    }

    @Test
    void bankAccountsWrongIbanAtTheFieldAndTheLastOneStays() {
        logIn(gerant, "ROLE_COMPANY_MANAGER");
        navigate(MyCompanyView.class);
        TextField iban = find(TextField.class).id("new-iban");
        TextField holder = find(TextField.class).id("new-holder");
        iban.setValue("CH93 0076 2011 6238 5295 8");
        holder.setValue("Soins à domicile Léman");
        test(find(Button.class).id("add-bank-account")).click();

        assertThat(iban.isInvalid()).isTrue();
        assertThat(iban.getErrorMessage()).isEqualTo(iban.getTranslation("invalid.iban.check-digit"));
        assertThat(iban.getValue()).isEqualTo("CH93 0076 2011 6238 5295 8");

        long only = bankAccounts.of(actor(gerant)).getFirst().id();
        test(find(Button.class).id("remove-bank-account-" + only)).click();

        assertThat(find(Div.class).id("bank-accounts-message").getText())
                .isEqualTo(iban.getTranslation("account.bank-accounts.last"));
        assertThat(bankAccounts.of(actor(gerant))).hasSize(1);
    }

    @Test
    void theGerantChangesABankAccountInAPrefilledFormCheckedAsOnCreation() {
        logIn(gerant, "ROLE_COMPANY_MANAGER");
        navigate(MyCompanyView.class);
        long id = bankAccounts.of(actor(gerant)).getFirst().id();
        test(find(Button.class).id("edit-bank-account-" + id)).click();
        TextField iban = find(TextField.class).id("edit-iban");
        TextField holder = find(TextField.class).id("edit-holder");
        assertThat(List.of(iban.getValue(), holder.getValue()))
                .containsExactly("CH93 0076 2011 6238 5295 7", "Soins à domicile Léman");

        iban.setValue("CH44 3199 9123 0008 8901 3");
        test(find(Button.class).id("save-bank-account")).click();

        assertThat(iban.getErrorMessage()).isEqualTo(iban.getTranslation("invalid.iban.check-digit"));
        assertThat(iban.getValue()).as("nothing typed is lost").isEqualTo("CH44 3199 9123 0008 8901 3");
        assertThat(bankAccounts.of(actor(gerant)).getFirst().iban()).isEqualTo(Iban.of("CH93 0076 2011 6238 5295 7"));

        iban.setValue("CH44 3199 9123 0008 8901 2");
        holder.setValue("Soins Léman SA");
        test(find(Button.class).id("save-bank-account")).click();

        assertThat(bankAccounts.of(actor(gerant))).singleElement().satisfies(changed -> {
            assertThat(changed.iban()).isEqualTo(Iban.of("CH44 3199 9123 0008 8901 2"));
            assertThat(changed.holder()).isEqualTo("Soins Léman SA");
        });
        assertThat(find(Div.class).id("company-bank-accounts").getElement().getTextRecursively())
                .contains("CH44 3199 9123 0008 8901 2 – Soins Léman SA");
        long othersId = bankAccounts.of(actor(otherGerant)).getFirst().id();
        assertThat(find(Button.class).withId("edit-bank-account-" + othersId).exists()).as("another company's account").isFalse();
    }

    @Test
    void aBankAccountRemovedMeanwhileIsNotSavedAndTheGerantIsTold() {
        logIn(gerant, "ROLE_COMPANY_MANAGER");
        long first = bankAccounts.of(actor(gerant)).getFirst().id();
        long second = bankAccounts.add(actor(gerant), "CH44 3199 9123 0008 8901 2", "Soins Léman SA").id();
        navigate(MyCompanyView.class);
        test(find(Button.class).id("edit-bank-account-" + second)).click();
        bankAccounts.remove(actor(gerant), second); // another Gérant, elsewhere

        find(TextField.class).id("edit-holder").setValue("Soins Léman");
        test(find(Button.class).id("save-bank-account")).click();

        assertThat(find(Div.class).id("bank-accounts-message").getText())
                .isEqualTo(find(Div.class).id("bank-accounts-message").getTranslation("account.bank-accounts.gone"));
        assertThat(bankAccounts.of(actor(gerant))).extracting(account -> account.id()).containsExactly(first);
    }

    private static List<String> buttonIds(com.vaadin.flow.component.Component actions) {
        return actions.getChildren().map(button -> button.getId().orElse("")).toList();
    }

    /** The button of this id among the actions of the grid's row. */
    private Button action(Grid<Account> grid, int row, String id) {
        return (Button) test(grid).getCellComponent(row, "actions").getChildren()
                .filter(button -> button.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    /** The fields of the member dialog (adding or changing). */
    private record MemberFields(RadioButtonGroup<Account.Title> title, TextField lastName, TextField firstName,
                                EmailField email, TextField mobile) {
    }

    @SuppressWarnings("unchecked")
    private MemberFields memberFields() {
        return new MemberFields(find(RadioButtonGroup.class).id("member-title"), find(TextField.class).id("member-last-name"),
                find(TextField.class).id("member-first-name"), find(EmailField.class).id("member-email"),
                find(TextField.class).id("member-mobile"));
    }

    private String menu() {
        return find(MainLayout.class).single().getElement().getTextRecursively();
    }

    private void logIn(Account account, String authority) {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300),
                Map.of("sub", account.subject(), "email", account.email().value()));
        var authorities = List.of(new SimpleGrantedAuthority(authority));
        SecurityContextHolder.getContext().setAuthentication(
                new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token, "sub"), authorities, "ge"));
    }

    /** The member saved with a user of the same name, e-mail and mobile in the canton's Keycloak. */
    private Account withLogin(NewAccount member) {
        Account.Person person = member.person();
        String subject = keycloakUsers.create(new CantonCode("ge"), new NewUser(person.email(), person.firstName(),
                person.lastName(), person.mobile(), null, Language.FR, Set.of()));
        return accounts.create(NewAccount.companyMember(subject, person, Language.FR,
                member.companyId().orElseThrow(), member.companyRole().orElseThrow()), null);
    }

    private static NewAccount member(Company company, String firstName, String lastName, CompanyRole role) {
        return NewAccount.companyMember(UUID.randomUUID().toString(), new Account.Person(Account.Title.MR, lastName, firstName,
                        company.address(), EmailAddress.of(firstName.toLowerCase() + "." + UUID.randomUUID() + "@mail.ch"),
                        PhoneNumber.mobileOf("079 123 45 67")), Language.FR, company.id(), role)
                .withEmailVerified();
    }
}
