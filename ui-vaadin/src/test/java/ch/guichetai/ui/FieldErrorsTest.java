package ch.guichetai.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.primitives.AvsNumber;
import ch.guichetai.validation.InvalidInputException;
import ch.guichetai.validation.Problem;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one way a form shows what is wrong: the server's problems at their fields, a required field
 * named by its own label, what was typed kept; and a value object's refusal at its field through
 * a Binder converter, in the same words.
 */
@SpringBootTest
class FieldErrorsTest extends SpringBrowserlessTest {

    private final FieldErrors errors = new FieldErrors();
    private TextField lastName;
    private TextField iban;

    /** Labelled in the canton's language, hence made once the test runs in its canton. */
    @BeforeEach
    void aFormWithTwoFields() {
        lastName = errors.register("lastName", FormFields.text("registration.last-name", 100));
        iban = errors.register("iban", FormFields.text("registration.iban", 42));
    }

    @Test
    @InCanton("ge")
    void eachProblemShowsAtItsFieldAndARequiredFieldIsNamedByItsLabel() {
        iban.setValue("CH00 1234");
        Map<String, Problem> problems = new LinkedHashMap<>();
        problems.put("iban", new Problem("invalid.iban.check-digit"));
        problems.put("lastName", Problem.required());

        errors.show(new InvalidInputException(problems));

        assertThat(lastName.isInvalid()).isTrue();
        assertThat(lastName.getErrorMessage()).isEqualTo("Le champ Nom est obligatoire.");
        assertThat(iban.isInvalid()).isTrue();
        assertThat(iban.getErrorMessage()).isEqualTo("Cet IBAN n’est pas valable : vérifiez les chiffres.");
        assertThat(iban.getValue()).as("what was typed stays").isEqualTo("CH00 1234");
    }

    @Test
    @InCanton("be")
    void inBernTheRequiredFieldIsNamedInGerman() {
        errors.show("lastName", Problem.required());

        assertThat(lastName.getErrorMessage()).isEqualTo("Das Feld Name ist obligatorisch.");
        assertThat(iban.isInvalid()).isFalse();
    }

    @Test
    @InCanton("ge")
    void aNewVerdictReplacesTheLastOne() {
        errors.show("lastName", Problem.required());

        errors.show("iban", new Problem("invalid.too-long", 42));

        assertThat(lastName.isInvalid()).isFalse();
        assertThat(lastName.getErrorMessage()).isNullOrEmpty();
        assertThat(iban.getErrorMessage()).isEqualTo("Au maximum 42 caractères.");
    }

    @Test
    @InCanton("ge")
    void aFieldWithoutLabelCannotBeRegistered() {
        assertThatThrownBy(() -> errors.register("holder", new TextField()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holder");
    }

    @Test
    @InCanton("ge")
    void aValueObjectEntersThroughItsConverterAndItsRefusalShowsAtTheField() {
        Binder<Holder> binder = new Binder<>(Holder.class);
        TextField avs = FormFields.text("registration.avs-number", 16);
        binder.forField(avs).withConverter(new ValueConverter<>(AvsNumber::of, AvsNumber::formatted))
                .bind(Holder::getAvsNumber, Holder::setAvsNumber);
        Holder holder = new Holder();
        binder.setBean(holder);

        avs.setValue("756.1234.5678.98");
        assertThat(avs.isInvalid()).isTrue();
        assertThat(avs.getErrorMessage()).isEqualTo("Ce numéro AVS n’est pas valable : vérifiez les chiffres.");
        assertThat(holder.getAvsNumber()).isNull();

        avs.setValue("7561234567897");
        assertThat(avs.isInvalid()).isFalse();
        assertThat(holder.getAvsNumber()).isEqualTo(AvsNumber.of("756.1234.5678.97"));

        avs.setValue(" ");
        assertThat(avs.isInvalid()).as("empty is no value; the service says whether it is required").isFalse();
        assertThat(holder.getAvsNumber()).isNull();
    }

    /** A form object holding a value object, as new forms do. */
    static class Holder {
        private AvsNumber avsNumber;

        AvsNumber getAvsNumber() {
            return avsNumber;
        }

        void setAvsNumber(AvsNumber avsNumber) {
            this.avsNumber = avsNumber;
        }
    }
}
