package ch.guichetai.beneficiary.ui;

import static ch.guichetai.testdata.TestBeneficiaries.EXE;
import static ch.guichetai.testdata.TestBeneficiaries.PDF;
import static ch.guichetai.testdata.TestBeneficiaries.avs;
import static ch.guichetai.testdata.TestBeneficiaries.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.beneficiary.BeneficiaryForm.DecisionInput;
import ch.guichetai.beneficiary.BeneficiaryForm;
import ch.guichetai.beneficiary.BeneficiaryRequests;
import ch.guichetai.document.DocumentType;
import ch.guichetai.document.Documents;
import ch.guichetai.document.ReceivedDocument;
import ch.guichetai.identity.Actor;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.testdata.TestCompanies;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.testdata.TestLogins;
import ch.guichetai.ui.CurrentUser;
import ch.guichetai.ui.InCanton;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The Bénéficiaires page of a company member: only the own company's rows, the filters, the form
 * with its errors at the fields, edit, removal with confirmation, and the procuration upload.
 */
@SpringBootTest
@InCanton("ge")
class BeneficiariesViewTest extends SpringBrowserlessTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Beneficiaries beneficiaries;
    @Autowired
    Documents documents;
    @Autowired
    CurrentUser user;
    @Autowired
    JdbcTemplate jdbc;
    @MockitoBean
    BeneficiaryRequests requests;

    private Actor companyA;
    private Actor companyB;

    @BeforeEach
    void aCollaboratorOfCompanyAIsLoggedIn() {
        TestDatabase.reset(jdbc);
        long a = TestCompanies.approved(jdbc, "ge");
        long b = TestCompanies.approved(jdbc, "ge");
        companyA = TestActors.memberOf("ge", a);
        companyB = TestActors.memberOf("ge", b);
        Account collaborator = accounts.create(TestAccounts.member(a, Account.CompanyRole.COLLABORATOR, "Claire", "Rochat"), null);
        BeneficiaryForm withProcuration = form("Favre", "Zoé", 3);
        withProcuration.setProcuration(TestBeneficiaries.procuration("procuration.pdf", PDF));
        beneficiaries.create(companyA, form("Dupont", "Pierre", 1));
        beneficiaries.create(companyA, form("Dupuis", "Anne", 2));
        beneficiaries.create(companyA, withProcuration);
        beneficiaries.create(companyB, form("Martin", "Paul", 4));
        SecurityContextHolder.getContext().setAuthentication(
                TestLogins.login(collaborator, "ge", "ROLE_COMPANY_COLLABORATOR"));
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theGridShowsOnlyTheOwnCompanysBeneficiariesAndFilters() {
        navigate(BeneficiariesView.class);

        assertThat(lastNames()).containsExactly("Dupont", "Dupuis", "Favre");
        GridTester<Grid<Object>, Object> grid = grid();
        assertThat(grid.getCellText(2, grid.getColumnPosition("avsNumber"))).isEqualTo(avs(3));
        assertThat(grid.getCellText(2, grid.getColumnPosition("birthDate"))).isEqualTo("17.05.1980");
        assertThat(grid.getCellText(2, grid.getColumnPosition("procuration"))).isEqualTo("Oui");
        assertThat(grid.getCellText(0, grid.getColumnPosition("procuration"))).isEqualTo("Non");

        find(TextField.class).id("filter-name").setValue("dup");
        assertThat(lastNames()).containsExactly("Dupont", "Dupuis");
        find(TextField.class).id("filter-avs").setValue(avs(2).substring(0, 16));
        assertThat(lastNames()).containsExactly("Dupuis");
        find(TextField.class).id("filter-name").clear();
        find(TextField.class).id("filter-avs").setValue("756.0000.0004");
        assertThat(lastNames()).as("company B's beneficiary stays out, even by AVS number").isEmpty();
    }

    @Test
    void aNewBeneficiaryShowsEachProblemAtItsFieldKeepsWhatWasTypedThenIsSaved() {
        navigate(BeneficiariesView.class);
        test(find(Button.class).id("add-beneficiary")).click();

        find(RadioButtonGroup.class).id("title").setValue(Account.Title.MRS);
        TextField lastName = field("lastName");
        lastName.setValue("Rochat");
        TextField firstName = field("firstName");
        firstName.setValue("Léa3");
        find(DatePicker.class).id("birthDate").setValue(LocalDate.of(2015, 3, 2));
        TextField avs = field("avsNumber");
        avs.setValue("756.1234.5678.98");
        field("street").setValue("Rue du Rhône 1");
        field("postalCode").setValue("1204");
        field("locality").setValue("Genève");
        field("iban").setValue("CH44 3199 9123 0008 8901 2");
        test(find(Button.class).id("add-decision")).click();
        List<TextField> decision = decisionFields();
        decision.get(0).setValue("x".repeat(41));
        decision.get(1).setValue("Moyens auxiliaires");
        test(find(Button.class).id("save-beneficiary")).click();

        assertThat(firstName.isInvalid()).isTrue();
        assertThat(firstName.getErrorMessage()).isEqualTo(firstName.getTranslation("invalid.name.characters"));
        assertThat(avs.getErrorMessage()).isEqualTo(avs.getTranslation("invalid.avs.check-digit"));
        assertThat(field("paymentReference").getErrorMessage())
                .isEqualTo("Avec un IBAN-QR, saisissez le n° de référence de paiement.");
        assertThat(decision.get(0).getErrorMessage()).isEqualTo("Au maximum 40 caractères.");
        assertThat(lastName.isInvalid()).isFalse();
        assertThat(firstName.getValue()).as("nothing typed is lost").isEqualTo("Léa3");
        assertThat(decision.get(1).getValue()).isEqualTo("Moyens auxiliaires");
        assertThat(beneficiaries.count(companyA, new ch.guichetai.beneficiary.BeneficiaryFilter("rochat", null))).isZero();

        firstName.setValue("Léa");
        avs.setValue(avs(5));
        field("paymentReference").setValue("21 00000 00003 13947 14300 09017");
        decision.get(0).setValue("GE-2025-17");
        test(find(Button.class).id("save-beneficiary")).click();

        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(lastNames()).containsExactly("Dupont", "Dupuis", "Favre", "Rochat");
        long id = beneficiaries.page(companyA, new ch.guichetai.beneficiary.BeneficiaryFilter("rochat", null), 0, 1,
                ch.guichetai.beneficiary.BeneficiarySort.NAME).getFirst().id();
        assertThat(beneficiaries.decisionsOf(companyA, id)).singleElement()
                .satisfies(saved -> assertThat(saved.description()).contains("Moyens auxiliaires"));
    }

    @Test
    void aBeneficiaryAndItsDecisionNumbersAreEditedFromItsProfile() {
        long id = beneficiaries.page(companyA, new ch.guichetai.beneficiary.BeneficiaryFilter("dupont", null), 0, 1,
                ch.guichetai.beneficiary.BeneficiarySort.NAME).getFirst().id();
        beneficiaries.addDecision(companyA, id, new DecisionInput("A-1", null));
        beneficiaries.addDecision(companyA, id, new DecisionInput("B-2", null));
        navigate(BeneficiariesView.class);
        test((Button) grid().getCellComponent(0, "edit")).click();

        List<TextField> decisions = decisionFields();
        assertThat(decisions.get(0).getValue()).isEqualTo("A-1");
        decisions.get(0).clear();
        test(buttonsLabelled("Enregistrer").getFirst()).click();
        assertThat(decisions.get(0).getErrorMessage()).isEqualTo("Le champ N° de décision est obligatoire.");

        decisions.get(0).setValue("A-1b");
        decisions.get(1).setValue("Fauteuil roulant");
        test(buttonsLabelled("Enregistrer").getFirst()).click();
        test(buttonsLabelled("Supprimer").get(1)).click();
        assertThat(beneficiaries.decisionsOf(companyA, id)).singleElement().satisfies(saved -> {
            assertThat(saved.number()).isEqualTo("A-1b");
            assertThat(saved.description()).contains("Fauteuil roulant");
        });

        field("lastName").setValue("Dupont-Favre");
        test(find(Button.class).id("save-beneficiary")).click();
        assertThat(lastNames()).containsExactly("Dupont-Favre", "Dupuis", "Favre");
    }

    @Test
    void aBeneficiaryIsRemovedAfterConfirmation() {
        navigate(BeneficiariesView.class);
        test((Button) grid().getCellComponent(1, "delete")).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("Anne Dupuis");
        test(confirm).cancel();
        assertThat(lastNames()).containsExactly("Dupont", "Dupuis", "Favre");

        test((Button) grid().getCellComponent(1, "delete")).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(lastNames()).containsExactly("Dupont", "Favre");
        assertThat(jdbc.queryForObject("select count(*) from beneficiary where last_name = 'Dupuis'", Integer.class)).isZero();
        assertThat(notifications()).contains("Anne Dupuis a été supprimé.");
    }

    @Test
    void aBeneficiaryWithRequestsIsArchivedAndTheUserIsToldSo() {
        long id = beneficiaries.page(companyA, new ch.guichetai.beneficiary.BeneficiaryFilter("dupont", null), 0, 1,
                ch.guichetai.beneficiary.BeneficiarySort.NAME).getFirst().id();
        when(requests.existFor(id)).thenReturn(true);
        navigate(BeneficiariesView.class);
        test((Button) grid().getCellComponent(0, "delete")).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(lastNames()).containsExactly("Dupuis", "Favre");
        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("Pierre Dupont a été archivé"));
        assertThat(jdbc.queryForObject("select archived from beneficiary where id = ?", Boolean.class, id)).isTrue();
    }

    @Test
    void aProgramRenamedToPdfAndAnOversizeFileAreRefusedAtTheField() {
        navigate(BeneficiariesView.class);
        test((Button) grid().getCellComponent(0, "edit")).click();
        ProcurationField procuration = find(ProcurationField.class).single();
        Upload upload = find(Upload.class).single();

        test(upload).upload("procuration.pdf", "application/pdf", EXE);
        assertThat(procuration.isInvalid()).isTrue();
        assertThat(procuration.getErrorMessage()).isEqualTo("Ce fichier n’est ni un PDF, ni une image JPEG ou PNG.");
        assertThat(procuration.getValue()).isNull();

        upload.clearFileList();
        test(upload).upload("gros.pdf", "application/pdf", Arrays.copyOf(PDF, (int) documents.maxBytes() + 1));
        assertThat(procuration.getErrorMessage()).isEqualTo("Le fichier dépasse 10 Mo.");
        assertThat(procuration.getValue()).isNull();

        upload.clearFileList();
        test(upload).upload("procuration signée.pdf", "application/octet-stream", PDF);
        assertThat(procuration.isInvalid()).isFalse();
        assertThat(procuration.getValue().type()).isEqualTo(DocumentType.PDF);
        ReceivedDocument received = procuration.getValue();
        test(find(Button.class).id("save-beneficiary")).click();
        // stored: the upload's temporary file is gone
        assertThatThrownBy(received::open).isInstanceOf(java.io.UncheckedIOException.class);

        assertThat(grid().getCellText(0, grid().getColumnPosition("procuration"))).isEqualTo("Oui");
        long id = beneficiaries.page(companyA, new ch.guichetai.beneficiary.BeneficiaryFilter("dupont", null), 0, 1,
                ch.guichetai.beneficiary.BeneficiarySort.NAME).getFirst().id();
        List<String> names = new ArrayList<>();
        // as the logged-in collaborator
        beneficiaries.readProcuration(user.actor(), id,
                (file, content) -> names.add(file.fileName()));
        assertThat(names).containsExactly("procuration signée.pdf");
    }

    @Test
    void theMenuOffersThePageToCompanyMembersAndTheRoleIsCheckedOnTheUrl() throws Exception {
        navigate(BeneficiariesView.class);
        assertThat(find(RouterLink.class).all()).extracting(RouterLink::getText).contains("Bénéficiaires");

        // a member of company A whose login lacks the company roles reaches neither the menu entry nor the page
        Account member = accounts.create(TestAccounts.member(companyA.companyId().orElseThrow(), Account.CompanyRole.COLLABORATOR, "Claire", "Rochat"), null);
        SecurityContextHolder.getContext().setAuthentication(TestLogins.login(member, "ge", "ROLE_BENEFICIARY"));
        UI.getCurrent().navigate("beneficiaires");
        assertThat(getCurrentView()).isNotInstanceOf(BeneficiariesView.class);
        assertThat(find(Grid.class).all()).isEmpty();

        // a legal representative's menu has no such entry (their beneficiaries are in Mon compte)
        Account representative = accounts.create(TestAccounts.representative("Marie", "Dupont"), null);
        SecurityContextHolder.getContext().setAuthentication(
                TestLogins.login(representative, "ge", "ROLE_LEGAL_REPRESENTATIVE"));
        navigate("mon-compte", accountView());
        assertThat(find(RouterLink.class).all()).extracting(RouterLink::getText).isNotEmpty().doesNotContain("Bénéficiaires");
    }

    /** "Mon compte" is another feature's page (package-private): reached by its route, as a user does. */
    @SuppressWarnings("unchecked")
    private static Class<com.vaadin.flow.component.Component> accountView() throws ClassNotFoundException {
        return (Class<com.vaadin.flow.component.Component>) Class.forName("ch.guichetai.account.ui.AccountView");
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(notification -> test(notification).getText()).toList();
    }

    private TextField field(String id) {
        return find(TextField.class).id(id);
    }

    /** Number and description of each decision row, in order. */
    private List<TextField> decisionFields() {
        List<TextField> fields = new ArrayList<>();
        find(TextField.class).all().stream()
                .filter(field -> field.getParent().map(parent -> parent.hasClassName("decision-row")).orElse(false))
                .forEach(fields::add);
        return fields;
    }

    private List<Button> buttonsLabelled(String text) {
        return find(Button.class).all().stream().filter(button -> text.equals(button.getText())).toList();
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<Object>, Object> grid() {
        return test((Grid<Object>) find(Grid.class).id("beneficiaries"));
    }

    private List<String> lastNames() {
        GridTester<Grid<Object>, Object> grid = grid();
        List<String> names = new ArrayList<>();
        for (int row = 0; row < grid.size(); row++) {
            names.add(grid.getCellText(row, grid.getColumnPosition("lastName")));
        }
        return names;
    }
}
