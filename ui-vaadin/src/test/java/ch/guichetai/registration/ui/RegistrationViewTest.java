package ch.guichetai.registration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.account.Account.Title;
import ch.guichetai.limits.Limit;
import ch.guichetai.limits.RateLimits;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.ui.InCanton;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registration form answers bad input with a message under each field, in the canton's
 * language, and keeps what was typed. (Successful registrations need Keycloak: see the
 * registration integration tests.)
 */
@SpringBootTest
class RegistrationViewTest extends SpringBrowserlessTest {

    @Autowired
    RateLimits limits;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.reset(jdbc);
    }

    /**
     * Past the per-address limit (ADR 0016) a complete, valid form gets the translated message at
     * the e-mail field and stays as typed. This context has no Keycloak: had the service not refused
     * before creating the user, the click would fail.
     */
    @Test
    @InCanton("ge")
    void pastTheLimitAValidFormIsAnsweredTooManyRequestsAtTheEmailField() {
        String email = "limite." + System.nanoTime() + "@example.ch";
        for (int i = 0; i < 3; i++) {
            limits.take(Limit.REGISTRATION_PER_ADDRESS, "ge:" + email); // the key Registrations uses
        }
        navigate(RegistrationView.class);
        chooseUsage(RegistrationView.Usage.BENEFICIARY);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Title> title = (RadioButtonGroup<Title>) field("title");
        title.setValue(Title.MRS);
        type("lastName", "Dupont");
        type("firstName", "Anne");
        type("street", "Rue du Rhône 1");
        type("postalCode", "1204");
        type("locality", "Genève");
        @SuppressWarnings("unchecked")
        ComboBox<String> country = (ComboBox<String>) field("country");
        country.setValue("CH");
        ((DatePicker) field("birthDate")).setValue(LocalDate.of(1980, 5, 17));
        type("avsNumber", "756.1234.5678.97");
        type("iban", "CH93 0076 2011 6238 5295 7");
        type("accountHolder", "Anne Dupont");
        type("email", email);
        ((PasswordField) field("password")).setValue("Sicher-Passwort-2026");
        ((PasswordField) field("passwordConfirmation")).setValue("Sicher-Passwort-2026");
        type("mobile", "079 123 45 67");
        ((Checkbox) field("confirmed")).setValue(true);

        test(find(Button.class).id("register-individual")).click();

        assertThat(error("email")).isEqualTo("Trop de demandes, veuillez réessayer plus tard.");
        assertThat(find(Section.class).all()).noneMatch(section -> section.getId().filter("registration-done"::equals).isPresent());
        assertThat(((TextField) field("email")).getValue()).isEqualTo(email);
    }

    @Test
    @InCanton("ge")
    void anEmptyFormIsNotSentAndEveryMissingFieldSaysSo() {
        navigate(RegistrationView.class);
        chooseUsage(RegistrationView.Usage.BENEFICIARY);

        test(find(Button.class).id("register-individual")).click();

        assertThat(error("lastName")).isEqualTo("Le champ Nom est obligatoire.");
        assertThat(error("avsNumber")).isEqualTo("Le champ N° assuré (AVS) est obligatoire.");
        assertThat(error("iban")).isEqualTo("Le champ IBAN est obligatoire.");
        assertThat(error("mobile")).isEqualTo("Le champ Téléphone portable est obligatoire.");
        assertThat(((Checkbox) field("confirmed")).getErrorMessage())
                .isEqualTo("Veuillez confirmer être le bénéficiaire ou son représentant légal.");
    }

    @Test
    @InCanton("ge")
    void wrongValuesGetTheirOwnMessageAndStayInTheirFields() {
        navigate(RegistrationView.class);
        chooseUsage(RegistrationView.Usage.BENEFICIARY);
        type("lastName", "Dupont");
        type("avsNumber", "756.1234.5678.90");
        type("iban", "CH93 0076 2011 6238 5295 8");
        type("mobile", "022 123 45 67");
        type("email", "pierre.dupont@mail");
        ((PasswordField) field("password")).setValue("court");
        ((PasswordField) field("passwordConfirmation")).setValue("autre");

        test(find(Button.class).id("register-individual")).click();

        assertThat(error("avsNumber")).isEqualTo(getTranslation("invalid.avs.check-digit"));
        assertThat(error("iban")).isEqualTo(getTranslation("invalid.iban.check-digit"));
        assertThat(error("mobile")).isEqualTo(getTranslation("invalid.phone.not-mobile"));
        assertThat(error("email")).isEqualTo(getTranslation("invalid.email.format"));
        assertThat(error("password")).isEqualTo("Le mot de passe doit contenir au moins 12 caractères.");
        assertThat(error("passwordConfirmation")).isEqualTo("Les deux mots de passe ne correspondent pas.");
        assertThat(error("lastName")).isNull();
        assertThat(((TextField) field("avsNumber")).getValue()).as("nothing typed is lost").isEqualTo("756.1234.5678.90");
        assertThat(((TextField) field("lastName")).getValue()).isEqualTo("Dupont");
    }

    @Test
    @InCanton("ge")
    void aRepresentativeIsNotAskedForAnAvsNumber() {
        navigate(RegistrationView.class);
        chooseUsage(RegistrationView.Usage.LEGAL_REPRESENTATIVE);
        test(find(Button.class).id("register-individual")).click();

        assertThat(error("lastName")).isEqualTo("Le champ Nom est obligatoire.");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> field("avsNumber")))
                .as("the AVS number field is hidden").hasMessage("no visible field avsNumber");
    }

    @Test
    @InCanton("be")
    void aCompanyRegistersAloneAndBernSpeaksGerman() {
        navigate(RegistrationView.class);
        chooseUsage(RegistrationView.Usage.BENEFICIARY);
        chooseUsage(RegistrationView.Usage.BENEFICIARY, RegistrationView.Usage.COMPANY);

        @SuppressWarnings("unchecked")
        CheckboxGroup<RegistrationView.Usage> usage = find(CheckboxGroup.class).id("usage");
        assertThat(usage.getValue()).containsExactly(RegistrationView.Usage.COMPANY);

        type("gln", "7601001234568");
        test(find(Button.class).id("register-company")).click();

        assertThat(error("gln")).isEqualTo(getTranslation("invalid.gln.check-digit"));
        assertThat(error("companyName")).isEqualTo("Das Feld Name der Organisation / des Unternehmens ist obligatorisch.");
        assertThat(((Checkbox) field("conditionsAccepted")).getErrorMessage())
                .isEqualTo("Bitte akzeptieren Sie die Nutzungsbedingungen.");
    }

    @Test
    @InCanton("ge")
    void theGlnHintSaysWhereACompanyGetsOne() {
        navigate(RegistrationView.class);
        chooseUsage(RegistrationView.Usage.COMPANY);

        com.vaadin.flow.component.html.Anchor procedure = find(com.vaadin.flow.component.html.Anchor.class).id("gln-procedure");
        assertThat(procedure.getHref())
                .isEqualTo("https://www.refdata.ch/fr/partenaires/inscription/base-de-donnees-des-partenaires-professionnels-gln");
        assertThat(procedure.getTarget()).hasValue(com.vaadin.flow.component.html.AnchorTarget.BLANK.getValue());
        assertThat(procedure.getText()).startsWith("La procédure de demande est détaillée");
    }

    private void chooseUsage(RegistrationView.Usage... usages) {
        @SuppressWarnings("unchecked")
        CheckboxGroup<RegistrationView.Usage> usage = find(CheckboxGroup.class).id("usage");
        usage.setValue(Set.of(usages));
    }

    private String getTranslation(String key) {
        return getCurrentView().getElement().getComponent().orElseThrow().getTranslation(key);
    }

    private void type(String id, String value) {
        ((TextField) field(id)).setValue(value);
    }

    private com.vaadin.flow.component.Component field(String id) {
        return find(com.vaadin.flow.component.Component.class).all().stream()
                .filter(component -> component.getId().filter(id::equals).isPresent()
                        && component.isVisible() && isInVisibleForm(component))
                .findFirst().orElseThrow(() -> new AssertionError("no visible field " + id));
    }

    private static boolean isInVisibleForm(com.vaadin.flow.component.Component component) {
        for (var parent = component.getParent(); parent.isPresent(); parent = parent.get().getParent()) {
            if (!parent.get().isVisible()) {
                return false;
            }
        }
        return true;
    }

    private String error(String id) {
        com.vaadin.flow.component.HasValidation field = (com.vaadin.flow.component.HasValidation) field(id);
        return field.isInvalid() ? field.getErrorMessage() : null;
    }
}
