package ch.guichetai.beneficiary.ui;

import static ch.guichetai.testdata.TestBeneficiaries.avs;
import static ch.guichetai.testdata.TestBeneficiaries.form;
import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.beneficiary.BeneficiaryFilter;
import ch.guichetai.identity.Actor;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestCompanies;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.testdata.TestLogins;
import ch.guichetai.ui.InCanton;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The Bénéficiaires section of an individual's "Mon compte": the legal representative's own
 * beneficiaries only (never another person's, nor a company's), added and removed with the shared form.
 */
@SpringBootTest
@InCanton("ge")
class OwnBeneficiariesSectionTest extends SpringBrowserlessTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Beneficiaries beneficiaries;
    @Autowired
    JdbcTemplate jdbc;

    private Actor marie;

    @BeforeEach
    void marieIsLoggedInAndPaulAndACompanyHaveBeneficiariesToo() {
        TestDatabase.reset(jdbc);
        Account representative = accounts.create(TestAccounts.representative("Marie", "Dupont"), null);
        marie = TestActors.actor(representative);
        beneficiaries.create(marie, form("Dupont", "Lucie", 1));
        beneficiaries.create(TestActors.actor(accounts.create(TestAccounts.representative("Paul", "Dupont"), null)),
                form("Martin", "Hugo", 2));
        beneficiaries.create(TestActors.memberOf("ge", TestCompanies.approved(jdbc, "ge")), form("Favre", "Zoé", 3));
        SecurityContextHolder.getContext().setAuthentication(
                TestLogins.login(representative, "ge", "ROLE_LEGAL_REPRESENTATIVE"));
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void monCompteListsOnlyTheOwnBeneficiaries() throws Exception {
        openAccountPage();

        String list = find(Div.class).id("own-beneficiary-list").getElement().getTextRecursively();
        assertThat(list).contains("Lucie Dupont", "Chemin des Lilas 12, 1200 Genève", "17.05.1980", avs(1));
        assertThat(list).doesNotContain("Martin", "Favre", avs(2), avs(3));
    }

    @Test
    void aBeneficiaryIsAddedThenRemoved() throws Exception {
        openAccountPage();
        test(find(Button.class).id("add-own-beneficiary")).click();
        find(RadioButtonGroup.class).id("title").setValue(Account.Title.MR);
        find(TextField.class).id("lastName").setValue("Dupont");
        find(TextField.class).id("firstName").setValue("Tom");
        find(DatePicker.class).id("birthDate").setValue(LocalDate.of(2014, 1, 9));
        TextField avs = find(TextField.class).id("avsNumber");
        avs.setValue(avs(1));
        find(TextField.class).id("street").setValue("Rue du Rhône 1");
        find(TextField.class).id("postalCode").setValue("1204");
        find(TextField.class).id("locality").setValue("Genève");
        test(find(Button.class).id("save-beneficiary")).click();
        assertThat(avs.getErrorMessage()).as("the AVS number is Lucie's").isNotBlank();
        assertThat(avs.getValue()).isEqualTo(avs(1));

        avs.setValue(avs(7));
        test(find(Button.class).id("save-beneficiary")).click();
        assertThat(find(Div.class).id("own-beneficiary-list").getElement().getTextRecursively()).contains("Tom Dupont", avs(7));
        assertThat(beneficiaries.count(marie, BeneficiaryFilter.NONE)).isEqualTo(2);

        Button remove = find(Button.class).all().stream().filter(button -> "Supprimer".equals(button.getText())).findFirst()
                .orElseThrow();
        test(remove).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(beneficiaries.count(marie, BeneficiaryFilter.NONE)).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private void openAccountPage() throws ClassNotFoundException {
        // the account page is another feature's (package-private); it is reached by its route, as a user does
        navigate("mon-compte", (Class<Component>) Class.forName("ch.guichetai.account.ui.AccountView"));
    }
}
