package ch.guichetai.guichet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.request.HearingType;
import ch.guichetai.request.SentRequest;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.testdata.TestHearingAids;
import ch.guichetai.ui.InCanton;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import ch.guichetai.primitives.Formats;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Form 300.001 in the browserless view: the five sections, the flat and the reimbursed amount
 * live with the note above the flat, each message at its field in French, and sending.
 */
@InCanton("ge")
class HearingAidsViewTest extends PierreLoggedIn {

    static final String HEARING = "guichet/demande/300.001";

    @Test
    void bothEarsAboveTheFlatAndBatteriesArePricedLiveFlaggedAndSent() {
        UI.getCurrent().navigate(HEARING);
        assertThat(text()).contains("Facture pour appareillage auditif", "Formulaire n° 300.001", "Appareillage auditif",
                "Réparations", "Batteries par an",
                "Prestation pour les appareils auditifs fixés par ancrage osseux ou implants d’oreille moyenne",
                "Cas de rigueur", "La facture originale de l’audioprothésiste est à joindre à cette facture");
        decisionNumber().setValue(RequestViewTest.DECISION);
        fill("fitting", LocalDate.of(2026, 9, 15), null, HearingType.FITTING_BOTH_EARS, "1’900.00");

        assertThat(paragraph("fitting-reimbursed")).isEqualTo("Forfait : CHF 1’650.00 · Montant remboursé : CHF 1’650.00");
        assertThat(paragraph("fitting-note"))
                .isEqualTo("Le montant facturé dépasse le forfait (CHF 1’650.00) : l’AI rembourse le forfait.");
        assertThat(paragraph("total-hearing")).isEqualTo("Total remboursé : CHF 1’650.00");

        fill("batteries", LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30), HearingType.BATTERIES_BOTH_EARS, "80");
        assertThat(paragraph("batteries-reimbursed")).isEqualTo("Forfait : CHF 80.00 · Montant remboursé : CHF 80.00");
        assertThat(find(Paragraph.class).all()).extracting(shown -> shown.getId().orElse(""))
                .as("no note under the batteries, nothing under an empty section")
                .contains("fitting-note").doesNotContain("batteries-note", "repairs-reimbursed");
        assertThat(paragraph("total-hearing")).isEqualTo("Total remboursé : CHF 1’730.00");
        test(find(Upload.class).single()).upload("facture.pdf", "application/pdf", TestBeneficiaries.PDF);

        sendAndConfirm();

        assertThat(find(Paragraph.class).id("request-sent-text").getText()).contains("CHF 1’730.00", "En traitement");
        SentRequest sent = requests.history(TestActors.actor(pierre), new ch.guichetai.paging.Rows(0, 10)).stream()
                .findFirst().flatMap(summary -> requests.byId(TestActors.actor(pierre), summary.id())).orElseThrow();
        assertThat(sent.content()).isEqualTo(TestHearingAids.bothEarsAndBatteries());
    }

    @Test
    void withoutAnySectionTheFirstFieldSaysSo() {
        UI.getCurrent().navigate(HEARING);
        decisionNumber().setValue(RequestViewTest.DECISION);

        sendAndConfirm();

        DatePicker first = find(DatePicker.class).id("fitting-from");
        assertThat(first.isInvalid()).isTrue();
        assertThat(first.getErrorMessage()).isEqualTo("Remplissez au moins une section : appareillage auditif, "
                + "réparations, batteries, appareils fixés par ancrage osseux ou implants, cas de rigueur.");
        assertThat(jdbc.queryForObject("select count(*) from request", Long.class)).isZero();
    }

    @Test
    void eachWrongFieldOfASectionHasItsMessage() {
        UI.getCurrent().navigate(HEARING);
        decisionNumber().setValue(RequestViewTest.DECISION);
        fill("repairs", null, null, null, "150");
        fill("batteries", LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28), HearingType.BATTERIES_ONE_EAR, "40");
        fill("hardship", LocalDate.now(Formats.SWITZERLAND).plusDays(1), null, HearingType.HARDSHIP_ONE_EAR, "0");

        sendAndConfirm();

        assertThat(find(DatePicker.class).id("repairs-from").getErrorMessage())
                .isEqualTo("Le champ Date ou début de la période est obligatoire.");
        assertThat(type("repairs").getErrorMessage()).isEqualTo("Le champ Type d’appareil est obligatoire.");
        assertThat(find(DatePicker.class).id("batteries-to").getErrorMessage())
                .isEqualTo("Les batteries se facturent par an : la période dure au plus une année.");
        assertThat(find(DatePicker.class).id("hardship-from").isInvalid()).as("a day in the future").isTrue();
        assertThat(textField("hardship-amount").isInvalid()).as("an amount of 0").isTrue();
        assertThat(find(DocumentsField.class).single().getErrorMessage())
                .isEqualTo("Joignez la facture originale de l’audioprothésiste.");
        assertThat(find(DatePicker.class).id("fitting-from").isInvalid()).as("sections are filled").isFalse();
        assertThat(textField("repairs-amount").getValue()).as("nothing typed is lost").isEqualTo("150");
        assertThat(jdbc.queryForObject("select count(*) from request", Long.class)).isZero();
    }

    @Test
    void aDraftBringsEverySectionBack() {
        UI.getCurrent().navigate(HEARING);
        fill("fitting", LocalDate.of(2026, 9, 15), null, HearingType.FITTING_BOTH_EARS, "1’900.00");
        fill("batteries", LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30), HearingType.BATTERIES_BOTH_EARS, "8");
        find(RequestFrame.class).single().saveDraft();
        long id = jdbc.queryForObject("select id from request_draft", Long.class);

        UI.getCurrent().navigate(HEARING, com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of(RequestView.DRAFT, String.valueOf(id))));

        assertThat(find(DatePicker.class).id("fitting-from").getValue()).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(type("fitting").getValue()).isEqualTo(HearingType.FITTING_BOTH_EARS);
        assertThat(textField("fitting-amount").getValue()).isEqualTo("1’900.00");
        assertThat(find(DatePicker.class).id("batteries-to").getValue()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(textField("batteries-amount").getValue()).as("as typed").isEqualTo("8");
        assertThat(type("repairs").getValue()).isNull();
        assertThat(paragraph("total-hearing")).isEqualTo("Total remboursé : CHF 1’658.00");
    }

    @Test
    @InCanton("be")
    void inBernTheFormSpeaksGerman() {
        logIn(pierre, "be", "ROLE_BENEFICIARY");
        UI.getCurrent().navigate(HEARING);
        fill("repairs", LocalDate.of(2026, 3, 2), null, HearingType.REPAIR_OTHER, "150");

        assertThat(text()).contains("Hörgeräteversorgung", "Reparaturen", "Batterien pro Jahr", "Härtefall");
        assertThat(paragraph("repairs-reimbursed")).isEqualTo("Pauschale: CHF 130.00 · Vergüteter Betrag: CHF 130.00");
        assertThat(paragraph("repairs-note"))
                .isEqualTo("Der Rechnungsbetrag übersteigt die Pauschale (CHF 130.00): Die IV vergütet die Pauschale.");
    }

    private void fill(String section, LocalDate from, LocalDate to, HearingType type, String amount) {
        find(DatePicker.class).id(section + "-from").setValue(from);
        find(DatePicker.class).id(section + "-to").setValue(to);
        type(section).setValue(type);
        textField(section + "-amount").setValue(amount);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<HearingType> type(String section) {
        return find(RadioButtonGroup.class).id(section + "-type");
    }

    private String paragraph(String id) {
        return find(Paragraph.class).id(id).getText();
    }

    private void sendAndConfirm() {
        test(find(Button.class).id("send-request")).click();
        test(find(Button.class).id("confirm-send")).click();
    }

    private String text() {
        return find(RequestFrame.class).single().getElement().getTextRecursively();
    }
}
