package ch.guichetai.guichet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.Language;
import ch.guichetai.catalogue.AssistiveDevice;
import ch.guichetai.request.AssistiveDevices.Remittance;
import ch.guichetai.request.DraftState;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.ui.InCanton;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.accordion.AccordionPanel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Forms 318.635–639 in the browserless page: the five forms as accordions, one prestation chosen
 * with its maximum and documents, the live total, each message at its field (FR and DE), sending,
 * and a draft that brings the choice back.
 */
@InCanton("ge")
class AssistiveDevicesViewTest extends PierreLoggedIn {

    static final String DEVICES = "guichet/demande/318.635-639";

    @Test
    void aConversionIsChosenInItsAccordionPricedLiveAndSent() {
        UI.getCurrent().navigate(DEVICES);
        assertThat(remittance().getLabel()).isEqualTo("Type de remise");
        assertThat(find(DeviceChoice.class).single().getLabel()).isEqualTo("Prestation");
        assertThat(text()).contains("Moyens auxiliaires", "Formulaire n° 318.635-639",
                "Une seule prestation par formulaire : pour plusieurs prestations, merci d’envoyer plusieurs formulaires.");
        assertThat(find(AccordionPanel.class).all()).extracting(AccordionPanel::getSummaryText).containsExactly(
                "318.635 – Servant à l’aménagement du poste de travail / dans le domaine de tâches de la personne assurée",
                "318.636 – Travaux de transformation et les véhicules à moteur",
                "318.637 – Pour le crâne et le visage",
                "318.638 – Pour aveugles et handicapés graves de la vue",
                "318.639 – Servant à développer l’autonomie personnelle");
        assertThat(total()).isEqualTo("Total : CHF 0.00");

        fillConversion("18450");

        AssistiveDevice conversion = group("318-636").getValue();
        String name = conversion.name().in(Language.FR);
        assertThat(group("318-636").getItemLabelGenerator().apply(conversion))
                .isEqualTo("10.05* " + name + " (maximum CHF 25’000.00)");
        assertThat(find(Paragraph.class).id("device-chosen").getText()).isEqualTo(
                "Prestation choisie : 10.05* " + name + ", formulaire 318.636 – Travaux de transformation et les "
                        + "véhicules à moteur. Montant maximal : CHF 25’000.00.");
        assertThat(find(DocumentsField.class).single().getElement().getTextRecursively()).contains(
                "La facture originale ou le devis est à joindre à cette facture",
                "Pour la prestation choisie : " + conversion.documents().in(Language.FR));
        assertThat(total()).isEqualTo("Total : CHF 18’450.00");

        // one prestation in all: a choice in another form replaces it
        RadioButtonGroup<AssistiveDevice> autonomy = group("318-639");
        autonomy.setValue(autonomy.getListDataView().getItems().filter(item -> item.number().value().equals("14.06"))
                .findFirst().orElseThrow());
        assertThat(group("318-636").getValue()).isNull();
        assertThat(find(DeviceChoice.class).single().getValue().number().value()).isEqualTo("14.06");
        chooseConversion();

        test(find(Upload.class).single()).upload("devis.pdf", "application/pdf", TestBeneficiaries.PDF);
        sendAndConfirm();

        assertThat(find(Paragraph.class).id("request-sent-text").getText()).containsPattern("Référence GE-\\d{4}-\\d{6}")
                .contains("CHF 18’450.00");
        assertThat(jdbc.queryForObject("select total from request", java.math.BigDecimal.class))
                .isEqualByComparingTo("18450.00");
    }

    @Test
    void eachFieldSaysWhatIsMissingOrWrongAtItsPlace() {
        UI.getCurrent().navigate(DEVICES);
        decisionNumber().setValue(RequestViewTest.DECISION);

        sendAndConfirm();

        assertThat(find(DatePicker.class).id("serviceFrom").getErrorMessage())
                .isEqualTo("Le champ Période de prestation : du est obligatoire.");
        assertThat(remittance().getErrorMessage()).isEqualTo("Le champ Type de remise est obligatoire.");
        assertThat(find(DeviceChoice.class).single().getErrorMessage()).isEqualTo("Le champ Prestation est obligatoire.");
        assertThat(amount().getErrorMessage()).isEqualTo("Le champ Montant facturé est obligatoire.");
        assertThat(find(DocumentsField.class).single().isInvalid()).isTrue();

        fillConversion("25000.05");
        sendAndConfirm();
        assertThat(amount().getErrorMessage())
                .isEqualTo("Le montant ne peut pas dépasser CHF 25’000.00, le maximum fixé pour cette prestation.");
        assertThat(find(DeviceChoice.class).single().isInvalid()).isFalse();

        remittance().setValue(Remittance.RUNNING_COSTS);
        amount().setValue("485.05");
        sendAndConfirm();
        assertThat(amount().getErrorMessage())
                .isEqualTo("Les frais d’entretien et d’utilisation sont remboursés jusqu’à CHF 485.00 pour cette période (contribution annuelle).");
        assertThat(jdbc.queryForObject("select count(*) from request", Long.class)).isZero();
    }

    @Test
    @InCanton("be")
    void inBernTheFormAndItsMessagesAreGerman() {
        logIn(pierre, "be", "ROLE_BENEFICIARY");
        UI.getCurrent().navigate(DEVICES);
        assertThat(text()).contains("Hilfsmittel", "318.638 – Für Blinde und hochgradig Sehschwache");
        assertThat(remittance().getLabel()).isEqualTo("Art der Abgabe");
        decisionNumber().setValue("302 2025 1000001");
        fillConversion("25000.05");
        test(find(Upload.class).single()).upload("devis.pdf", "application/pdf", TestBeneficiaries.PDF);

        sendAndConfirm();

        assertThat(amount().getErrorMessage())
                .isEqualTo("Der Betrag darf CHF 25’000.00, den Höchstbetrag dieser Leistung, nicht übersteigen.");
        assertThat(total()).isEqualTo("Total: CHF 25’000.05");
    }

    @Test
    void aDraftBringsBackTheChosenPrestation() {
        UI.getCurrent().navigate(DEVICES);
        fillConversion("18450");
        Map<String, Object> draft = find(AssistiveDevicesBody.class).single().draft();
        assertThat(draft).containsEntry("device", "10.05").containsEntry("remittance", "PURCHASE")
                .containsEntry("amount", "18450");

        UI.getCurrent().navigate(RequestViewTest.INVOICE);
        UI.getCurrent().navigate(DEVICES);
        AssistiveDevicesBody body = find(AssistiveDevicesBody.class).single();
        assertThat(group("318-636").getValue()).isNull();
        body.restore(new DraftState(draft));

        assertThat(group("318-636").getValue().number().value()).isEqualTo("10.05");
        assertThat(find(AccordionPanel.class).id("devices-panel-318-636").isOpened()).isTrue();
        assertThat(remittance().getValue()).isEqualTo(Remittance.PURCHASE);
        assertThat(total()).isEqualTo("Total : CHF 18’450.00");
        body.restore(new DraftState(Map.of("device", "99.99", "remittance", "LEASING")));
        assertThat(find(DeviceChoice.class).single().getValue()).as("an item no longer offered").isNull();
        assertThat(remittance().getValue()).isNull();
    }

    /** 10.05* bought on 4 June 2026 from the Garage du Rhône, decision of Geneva. */
    private void fillConversion(String typedAmount) {
        decisionNumber().setValue(RequestViewTest.DECISION);
        find(DatePicker.class).id("serviceFrom").setValue(LocalDate.of(2026, 6, 4));
        remittance().setValue(Remittance.PURCHASE);
        chooseConversion();
        amount().setValue(typedAmount);
        textField("supplier").setValue("Garage du Rhône SA");
    }

    private void chooseConversion() {
        RadioButtonGroup<AssistiveDevice> vehicles = group("318-636");
        vehicles.setValue(vehicles.getListDataView().getItems().filter(item -> item.number().value().equals("10.05"))
                .findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<AssistiveDevice> group(String form) {
        return find(RadioButtonGroup.class).id("devices-" + form);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Remittance> remittance() {
        return find(RadioButtonGroup.class).id("remittance");
    }

    private TextField amount() {
        return textField("amount");
    }

    private String total() {
        return find(Paragraph.class).id("total-devices").getText();
    }

    private void sendAndConfirm() {
        test(find(Button.class).id("send-request")).click();
        test(find(Button.class).id("confirm-send")).click();
    }

    private String text() {
        return find(RequestFrame.class).single().getElement().getTextRecursively();
    }
}
