package ch.guichetai.guichet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.request.CarePlace;
import ch.guichetai.request.HelplessnessDegree;
import ch.guichetai.request.IntensiveCare;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.ui.InCanton;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Form 318.632.2 in the browserless page (ADR 0031): the nights and the amount follow what is
 * typed, an attestation is chosen among the uploaded files, each refusal shows at its field, a draft
 * comes back, and the form is sent.
 */
@InCanton("ge")
class HelplessnessAllowanceViewTest extends PierreLoggedIn {

    static final String ALLOWANCE = "guichet/demande/318.632.2";

    @Test
    void februaryIsPricedLiveAndSentWithTheHospitalsAttestation() {
        UI.getCurrent().navigate(ALLOWANCE);
        assertThat(text()).contains(
                "Facture pour l’allocation pour impotent (API) et supplément pour soins intenses (SSI) pour mineurs",
                "Formulaire n° 318.632.2", "Période comptable", "Entrées", "Nuits par lieu",
                "Avant de transmettre le formulaire, veillez à bien renseigner tous les documents demandés pour les séjours dans les hôpitaux ou les homes.");
        fillFebruary();

        assertThat(span("entry-0-nights")).isEqualTo("Nombre de nuits : 2");
        assertThat(span("entry-0-amount")).isEqualTo("Montant : CHF 151.20"); // 2 × (42.00 + 33.60)
        assertThat(span("entry-1-nights")).isEqualTo("Nombre de nuits : 7");
        assertThat(cell("nights-domicile")).isEqualTo("20");
        assertThat(cell("nights-hospital")).isEqualTo("7");
        assertThat(cell("nights-care_home")).isEqualTo("0");
        assertThat(cell("total-allowance")).isEqualTo("CHF 1’512.00");

        Select<String> attestation = select("entry-1-attestation");
        assertThat(attestation.isVisible()).isTrue();
        assertThat(find(Select.class).all().stream().map(visible -> visible.getId().orElse("")))
                .as("a night at home needs none").contains("entry-1-attestation").doesNotContain("entry-0-attestation");
        assertThat(attestation.getHelperText()).startsWith("Joignez d’abord l’attestation");
        test(find(Upload.class).single()).upload("attestation hôpital.pdf", "application/pdf", TestBeneficiaries.PDF);
        assertThat(attestation.getListDataView().getItems()).containsExactly("attestation hôpital.pdf");
        attestation.setValue("attestation hôpital.pdf");

        sendAndConfirm();

        String sent = find(Paragraph.class).id("request-sent-text").getText();
        assertThat(sent).containsPattern("Référence GE-\\d{4}-\\d{6}").contains("CHF 1’512.00", "En traitement");
        assertThat(jdbc.queryForObject("select total from request", java.math.BigDecimal.class))
                .isEqualByComparingTo("1512.00");
    }

    @Test
    void withoutItsAttestationTheHospitalStayIsNamedAtItsField() {
        UI.getCurrent().navigate(ALLOWANCE);
        fillFebruary();
        test(find(Upload.class).single()).upload("facture.pdf", "application/pdf", TestBeneficiaries.PDF);

        sendAndConfirm();

        assertThat(select("entry-1-attestation").getErrorMessage())
                .isEqualTo("Entrée 2 (hôpital, 03.02.2026 – 10.02.2026) : joignez l’attestation du séjour.");
        assertThat(find(com.vaadin.flow.component.html.Div.class).id("error-summary").getElement().getTextRecursively())
                .contains("Entrée 2 (hôpital, 03.02.2026 – 10.02.2026) : joignez l’attestation du séjour.");
        assertThat(jdbc.queryForObject("select count(*) from request", Long.class)).isZero();
    }

    @Test
    void eachRefusalIsAtItsField() {
        UI.getCurrent().navigate(ALLOWANCE);
        decisionNumber().setValue(RequestViewTest.DECISION);
        period(1, 28);
        entry(0, 1, 10, CarePlace.DOMICILE, IntensiveCare.NONE);
        test(find(Button.class).id("add-entry")).click();
        entry(1, 9, 12, CarePlace.CARE_HOME, IntensiveCare.SIX_HOURS); // shares the night of 9 February
        test(find(Button.class).id("add-entry")).click();
        entry(2, 20, 20, CarePlace.DOMICILE, IntensiveCare.NONE); // no night
        test(find(Button.class).id("add-entry")).click();
        entry(3, 25, 28, CarePlace.DOMICILE, IntensiveCare.NONE);
        date("entry-3-end").setValue(LocalDate.of(2026, 3, 2));

        sendAndConfirm();

        assertThat(date("entry-1-start").getErrorMessage())
                .isEqualTo("Cette entrée chevauche l’entrée 1 : une nuit ne peut figurer que dans une seule entrée.");
        assertThat(date("entry-2-end").getErrorMessage())
                .isEqualTo("La fin doit suivre le début d’au moins un jour : une entrée compte au moins une nuit.");
        assertThat(choice("entry-1-intensiveCare").getErrorMessage())
                .isEqualTo("Le supplément pour soins intenses n’est pas versé pendant un séjour dans un home : choisissez « Aucun ».");
        assertThat(select("entry-1-attestation").getErrorMessage())
                .isEqualTo("Entrée 2 (home, 09.02.2026 – 12.02.2026) : joignez l’attestation du séjour.");
        assertThat(date("entry-3-end").getErrorMessage()).isEqualTo("Cette date doit faire partie de la période comptable.");
        assertThat(date("entry-0-start").isInvalid()).isFalse();

        test(find(Button.class).id("entry-1-remove")).click();
        assertThat(find(CareEntryRow.class).all()).hasSize(3);
        assertThat(date("entry-1-start").getValue()).as("the third entry is now the second")
                .isEqualTo(LocalDate.of(2026, 2, 20));
    }

    @Test
    @InCanton("be")
    void inBernTheFormAndItsMessagesAreInGerman() {
        logIn(pierre, "be", "ROLE_BENEFICIARY");
        UI.getCurrent().navigate(ALLOWANCE);
        decisionNumber().setValue("302 2025 1000001");
        fillEntries();

        sendAndConfirm();

        assertThat(text()).contains("Formular Nr. 318.632.2", "Abrechnungsperiode", "Nächte nach Ort", "Gesamttotal");
        assertThat(select("entry-1-attestation").getErrorMessage())
                .isEqualTo("Eintrag 2 (Spital, 03.02.2026 – 10.02.2026): Legen Sie die Aufenthaltsbestätigung bei.");
        assertThat(cell("total-allowance")).isEqualTo("CHF 1’512.00");
    }

    @Test
    void aDraftBringsBackThePeriodAndTheEntriesButNotTheAttestation() {
        UI.getCurrent().navigate(ALLOWANCE);
        fillFebruary();
        test(find(Upload.class).single()).upload("attestation hôpital.pdf", "application/pdf", TestBeneficiaries.PDF);
        this.<String>select("entry-1-attestation").setValue("attestation hôpital.pdf");
        find(RequestFrame.class).single().saveDraft();
        long id = jdbc.queryForObject("select id from request_draft", Long.class);

        UI.getCurrent().navigate(ALLOWANCE, QueryParameters.simple(Map.of(RequestView.DRAFT, String.valueOf(id))));

        assertThat(date("allowance-to").getValue()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(find(CareEntryRow.class).all()).hasSize(3);
        assertThat(date("entry-1-end").getValue()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(this.<CarePlace>choice("entry-1-place").getValue()).isEqualTo(CarePlace.HOSPITAL);
        assertThat(this.<IntensiveCare>choice("entry-2-intensiveCare").getValue()).isEqualTo(IntensiveCare.FOUR_HOURS);
        assertThat(this.<String>select("entry-1-attestation").getValue()).as("documents are attached again").isNull();
        assertThat(cell("total-allowance")).isEqualTo("CHF 1’512.00");
    }

    /** February 2026: at home 2 nights, in hospital 7, at home 18; API medium, SSI 4 h. */
    private void fillFebruary() {
        decisionNumber().setValue(RequestViewTest.DECISION);
        fillEntries();
    }

    private void fillEntries() {
        period(1, 28);
        entry(0, 1, 3, CarePlace.DOMICILE, IntensiveCare.FOUR_HOURS);
        test(find(Button.class).id("add-entry")).click();
        entry(1, 3, 10, CarePlace.HOSPITAL, IntensiveCare.FOUR_HOURS);
        test(find(Button.class).id("add-entry")).click();
        entry(2, 10, 28, CarePlace.DOMICILE, IntensiveCare.FOUR_HOURS);
    }

    private void period(int from, int to) {
        date("allowance-from").setValue(LocalDate.of(2026, 2, from));
        date("allowance-to").setValue(LocalDate.of(2026, 2, to));
    }

    private void entry(int index, int start, int end, CarePlace place, IntensiveCare intensiveCare) {
        date("entry-" + index + "-start").setValue(LocalDate.of(2026, 2, start));
        date("entry-" + index + "-end").setValue(LocalDate.of(2026, 2, end));
        this.<CarePlace>choice("entry-" + index + "-place").setValue(place);
        this.<HelplessnessDegree>choice("entry-" + index + "-degree").setValue(HelplessnessDegree.MEDIUM);
        this.<IntensiveCare>choice("entry-" + index + "-intensiveCare").setValue(intensiveCare);
    }

    private void sendAndConfirm() {
        test(find(Button.class).id("send-request")).click();
        test(find(Button.class).id("confirm-send")).click();
    }

    private DatePicker date(String id) {
        return find(DatePicker.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return find(Select.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private <T> RadioButtonGroup<T> choice(String id) {
        return find(RadioButtonGroup.class).id(id);
    }

    private String span(String id) {
        return find(Span.class).id(id).getText();
    }

    private String cell(String id) {
        return descendants(find(HelplessnessAllowanceBody.class).single().getElement())
                .filter(element -> id.equals(element.getAttribute("id"))).findFirst().orElseThrow().getText();
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(HelplessnessAllowanceViewTest::descendants));
    }

    private String text() {
        return find(RequestFrame.class).single().getElement().getTextRecursively();
    }
}
