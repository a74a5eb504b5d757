package ch.guichetai.account.ui;

import static ch.guichetai.testdata.TestActors.actor;
import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.primitives.AvsNumber;
import ch.guichetai.primitives.Iban;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.testdata.TestLogins;
import ch.guichetai.ui.InCanton;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * "Mon compte" shows the logged-in person's own data and bank accounts (never another person's)
 * and checks a new bank account field by field. The login is what Keycloak's ID token would give.
 */
@SpringBootTest
@InCanton("ge")
class AccountViewTest extends SpringBrowserlessTest {

    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private Account pierre;
    private Account anne;

    @BeforeEach
    void pierreIsLoggedInAndAnneExists() {
        TestDatabase.reset(jdbc);
        pierre = accounts.create(TestAccounts.beneficiary("Pierre", "Dupont"), TestBankAccounts.draft("Pierre Dupont"));
        anne = accounts.create(TestAccounts.beneficiary("Anne", "Martin"),
                TestBankAccounts.draft(TestBankAccounts.OTHER_IBAN, "Anne Martin"));
        SecurityContextHolder.getContext().setAuthentication(TestLogins.login(pierre, "ge", "ROLE_BENEFICIARY"));
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void showsOnlyTheOwnDataAndBankAccounts() {
        AccountView view = navigate(AccountView.class);

        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Informations de connexion", "Mes informations", "Comptes bancaires",
                pierre.email().value(), "CH93 0076 2011 6238 5295 7 – Pierre Dupont");
        assertThat(text).doesNotContain("Anne Martin", "CH44 3199");
        assertThat(find(TextField.class).id("information-lastName").getValue()).isEqualTo("Dupont");
        assertThat(find(TextField.class).id("information-avsNumber").getValue()).isEqualTo("756.1234.5678.97");
        assertThat(find(DatePicker.class).id("information-birthDate").getValue()).isEqualTo(LocalDate.of(1972, 9, 1));
        assertThat(find(Button.class).id("change-email").getText()).isEqualTo("Modifier mon adresse e-mail");
        assertThat(find(Button.class).id("change-mobile").getText()).isEqualTo("Modifier mon numéro de téléphone portable");
    }

    @Test
    void wrongInformationIsShownAtTheFieldsKeepsWhatWasTypedAndSavesNothing() {
        navigate(AccountView.class);
        TextField lastName = find(TextField.class).id("information-lastName");
        TextField postalCode = find(TextField.class).id("information-postalCode");
        TextField avs = find(TextField.class).id("information-avsNumber");
        DatePicker birthDate = find(DatePicker.class).id("information-birthDate");
        lastName.setValue("Dupont3");
        postalCode.setValue("12");
        avs.setValue("756.1234.5678.90");
        birthDate.setValue(LocalDate.now().minusYears(200)); // the picker offers no future date; the server refuses this one
        find(TextField.class).id("information-street").setValue("Rue du Rhône 1");

        test(find(Button.class).id("save-information")).click();

        assertThat(lastName.isInvalid()).isTrue();
        assertThat(lastName.getErrorMessage()).isEqualTo(lastName.getTranslation("invalid.name.characters"));
        assertThat(postalCode.isInvalid()).isTrue();
        assertThat(postalCode.getErrorMessage()).isNotBlank();
        assertThat(avs.isInvalid()).isTrue();
        assertThat(avs.getErrorMessage()).isEqualTo(avs.getTranslation("invalid.avs.check-digit"));
        assertThat(birthDate.isInvalid()).isTrue();
        assertThat(birthDate.getErrorMessage()).isEqualTo(birthDate.getTranslation("invalid.birth-date"));
        assertThat(find(TextField.class).id("information-street").isInvalid()).isFalse();
        assertThat(lastName.getValue()).as("nothing typed is lost").isEqualTo("Dupont3");
        assertThat(find(TextField.class).id("information-street").getValue()).isEqualTo("Rue du Rhône 1");
        Account unchanged = accounts.bySubject(pierre.subject()).orElseThrow();
        assertThat(unchanged.address().street()).isEqualTo("Chemin des Lilas 12");
        assertThat(unchanged.version()).isEqualTo(pierre.version());
    }

    @Test
    void correctInformationIsSavedAndMayBeSavedAgain() {
        navigate(AccountView.class);
        find(TextField.class).id("information-street").setValue("Rue du Rhône 1");
        find(TextField.class).id("information-postalCode").setValue("1204");
        find(Checkbox.class).id("information-minorOrUnderGuardianship").setValue(true);

        test(find(Button.class).id("save-information")).click();

        Account saved = accounts.bySubject(pierre.subject()).orElseThrow();
        assertThat(saved.address()).isEqualTo(new PostalAddress("Rue du Rhône 1", "1204", "Genève", "CH"));
        assertThat(saved.isMinorOrUnderGuardianship()).isTrue();
        assertThat(find(TextField.class).id("information-street").isInvalid()).isFalse();

        // The form knows the new version: a second change in the same page is saved too.
        find(TextField.class).id("information-locality").setValue("Carouge");
        find(TextField.class).id("information-postalCode").setValue("1227");
        test(find(Button.class).id("save-information")).click();
        assertThat(accounts.bySubject(pierre.subject()).orElseThrow().address().locality()).isEqualTo("Carouge");
    }

    @Test
    void aChangeMadeMeanwhileElsewhereIsNotOverwrittenAndTheTypedValuesStay() {
        navigate(AccountView.class);
        Account current = accounts.bySubject(pierre.subject()).orElseThrow();
        accounts.changeInformation(actor(pierre), current.version(), new Account.Information(Account.Title.MR, "Dupont",
                "Pierre", new PostalAddress("Avenue d’ailleurs 3", "1201", "Genève", "CH"), Optional.of(
                        new Account.BeneficiaryIdentity(LocalDate.of(1972, 9, 1), AvsNumber.of("756.1234.5678.97"), false))));
        find(TextField.class).id("information-street").setValue("Rue du Rhône 1");

        test(find(Button.class).id("save-information")).click();

        assertThat(accounts.bySubject(pierre.subject()).orElseThrow().address().street()).isEqualTo("Avenue d’ailleurs 3");
        assertThat(find(TextField.class).id("information-street").getValue()).isEqualTo("Rue du Rhône 1");
    }

    @Test
    void aWrongIbanIsShownAtTheFieldAndAnotherHolderIsWarnedAbout() {
        navigate(AccountView.class);
        TextField iban = find(TextField.class).id("new-iban");
        TextField holder = find(TextField.class).id("new-holder");

        iban.setValue("CH93 0076 2011 6238 5295 8");
        holder.setValue("Marie Dupont");
        test(find(Button.class).id("add-bank-account")).click();

        assertThat(iban.isInvalid()).isTrue();
        assertThat(iban.getErrorMessage()).isEqualTo(iban.getTranslation("invalid.iban.check-digit"));
        assertThat(iban.getValue()).as("nothing typed is lost").isEqualTo("CH93 0076 2011 6238 5295 8");
        assertThat(holder.getHelperText()).startsWith("Le titulaire ne correspond pas à votre nom");

        iban.setValue("CH44 3199 9123 0008 8901 2");
        test(find(Button.class).id("add-bank-account")).click();

        assertThat(find(Div.class).id("bank-accounts").getElement().getTextRecursively())
                .contains("CH44 3199 9123 0008 8901 2 – Marie Dupont", "Le titulaire ne correspond pas");
        assertThat(accounts.bankAccountsOf(actor(pierre))).hasSize(2);
    }

    @Test
    void aBankAccountIsChangedInAPrefilledFormCheckedAsOnCreation() {
        navigate(AccountView.class);
        long id = accounts.bankAccountsOf(actor(pierre)).getFirst().id();
        test(find(Button.class).id("edit-bank-account-" + id)).click();
        TextField iban = find(TextField.class).id("edit-iban");
        TextField holder = find(TextField.class).id("edit-holder");
        assertThat(List.of(iban.getValue(), holder.getValue())).containsExactly("CH93 0076 2011 6238 5295 7", "Pierre Dupont");

        iban.setValue("CH44 3199 9123 0008 8901 3");
        holder.setValue(" ");
        test(find(Button.class).id("save-bank-account")).click();

        assertThat(iban.getErrorMessage()).isEqualTo(iban.getTranslation("invalid.iban.check-digit"));
        assertThat(holder.getErrorMessage()).isEqualTo("Le champ Titulaire du compte est obligatoire.");
        assertThat(iban.getValue()).as("nothing typed is lost").isEqualTo("CH44 3199 9123 0008 8901 3");
        assertThat(accounts.bankAccountsOf(actor(pierre)).getFirst().iban()).isEqualTo(Iban.of("CH93 0076 2011 6238 5295 7"));

        iban.setValue("CH44 3199 9123 0008 8901 2");
        holder.setValue("Marie Dupont");
        assertThat(holder.getHelperText()).startsWith("Le titulaire ne correspond pas à votre nom");
        test(find(Button.class).id("save-bank-account")).click();

        assertThat(accounts.bankAccountsOf(actor(pierre))).singleElement().satisfies(changed -> {
            assertThat(changed.id()).isEqualTo(id);
            assertThat(changed.iban()).isEqualTo(Iban.of("CH44 3199 9123 0008 8901 2"));
            assertThat(changed.holder()).isEqualTo("Marie Dupont");
        });
        assertThat(find(Div.class).id("bank-accounts").getElement().getTextRecursively())
                .contains("CH44 3199 9123 0008 8901 2 – Marie Dupont", "Le titulaire ne correspond pas");
        assertThat(find(TextField.class).withId("edit-iban").exists()).as("the form is closed").isFalse();

        test(find(Button.class).id("edit-bank-account-" + id)).click();
        assertThat(find(TextField.class).id("edit-holder").getHelperText())
                .as("a prefilled holder who is not the person is warned about at once")
                .startsWith("Le titulaire ne correspond pas à votre nom");
    }

    @Test
    void cancellingChangesNothingAndAnotherPersonsAccountHasNoPencil() {
        navigate(AccountView.class);
        long id = accounts.bankAccountsOf(actor(pierre)).getFirst().id();
        test(find(Button.class).id("edit-bank-account-" + id)).click();
        find(TextField.class).id("edit-holder").setValue("Quelqu'un d'autre");
        test(find(Button.class).id("cancel-bank-account")).click();

        assertThat(accounts.bankAccountsOf(actor(pierre)).getFirst().holder()).isEqualTo("Pierre Dupont");
        long annes = accounts.bankAccountsOf(actor(anne)).getFirst().id();
        assertThat(find(Button.class).withId("edit-bank-account-" + annes).exists()).isFalse();
    }

    @Test
    void anAccountRemovedMeanwhileInAnotherTabIsReportedNotSaved() {
        long second = accounts.addBankAccount(actor(pierre), "CH44 3199 9123 0008 8901 2", "Pierre Dupont").id();
        navigate(AccountView.class);
        test(find(Button.class).id("edit-bank-account-" + second)).click();
        find(TextField.class).id("edit-holder").setValue("Pierre Dupont-Martin");

        accounts.removeBankAccount(actor(pierre), second); // in another tab
        test(find(Button.class).id("save-bank-account")).click();

        assertThat(find(Notification.class).all()).extracting(notification -> test(notification).getText())
                .contains("Ce compte bancaire a été supprimé entre-temps : la liste est à jour.");
        assertThat(accounts.bankAccountsOf(actor(pierre))).extracting(account -> account.id()).doesNotContain(second);
        assertThat(find(Button.class).withId("edit-bank-account-" + second).exists()).isFalse();
    }
}
