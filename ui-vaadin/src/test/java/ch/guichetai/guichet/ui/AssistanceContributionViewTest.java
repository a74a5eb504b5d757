package ch.guichetai.guichet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.ui.InCanton;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Clock;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Form 318.536 on 1 December 2026 (ADR 0033): the months offered, each row's rate and amount and the
 * total priced live, each check's message at its field, a third shared-nights row, and the sending.
 */
@InCanton("ge")
class AssistanceContributionViewTest extends PierreLoggedIn {

    static final String ASSISTANCE = "guichet/demande/318.536";

    @TestBean(methodName = "ch.guichetai.guichet.ui.RequestDocumentDownloadTest#clock")
    Clock clock;

    @Test
    void novemberIsPricedRowByRowLiveAndSent() {
        UI.getCurrent().navigate(ASSISTANCE);
        assertThat(text()).contains("Facture pour la contribution d’assistance", "Formulaire n° 318.536",
                "1 Prestations d’assistance avec qualification standard",
                "4 Prestations de nuit avec assistant partagé – ligne 2", "7 Avance");
        assertThat(month().getListDataView().getItems().toList()).hasSize(13)
                .startsWith(YearMonth.of(2026, 12)).endsWith(YearMonth.of(2025, 12));
        assertThat(month().getItemLabelGenerator().apply(YearMonth.of(2026, 11))).isEqualTo("novembre 2026");

        fillNovember();

        assertThat(span("rate-standard")).isEqualTo("Taux : CHF 35.30");
        assertThat(span("amount-standard")).isEqualTo("Montant : CHF 4’253.65");
        assertThat(span("rate-special")).isEqualTo("Taux : CHF 52.95");
        assertThat(span("amount-special")).isEqualTo("Montant : CHF 529.50");
        assertThat(span("amount-nights")).isEqualTo("Montant : CHF 640.00");
        assertThat(span("amount-shared-0")).isEqualTo("Montant : CHF 270.00");
        assertThat(span("amount-shared-1")).isEqualTo("Montant : CHF 0.00");
        assertThat(total()).isEqualTo("Total : CHF 5’993.15");

        test(find(Button.class).id("add-shared-nights")).click();
        find(IntegerField.class).id("sharedNights-2-insured").setValue(3);
        find(IntegerField.class).id("sharedNights-2-nights").setValue(2);
        textField("sharedNights-2-reducedRate").setValue("50");
        assertThat(total()).isEqualTo("Total : CHF 6’093.15");

        test(find(Button.class).id("send-request")).click();
        test(find(Button.class).id("confirm-send")).click();

        assertThat(find(Paragraph.class).id("request-sent-text").getText()).contains("CHF 6’093.15", "En traitement");
        assertThat(jdbc.queryForObject("select service_from from request", java.sql.Date.class))
                .hasToString("2026-11-01");
    }

    @Test
    void eachCheckIsSaidAtItsField() {
        UI.getCurrent().navigate(ASSISTANCE);
        fillNovember();
        textField("standardHours").setValue("800");
        textField("specialHours").setValue("1.1");
        find(IntegerField.class).id("nightFlats").setValue(31);
        textField("nightRate").setValue("170.00");
        find(IntegerField.class).id("sharedNights-1-insured").setValue(1);
        find(IntegerField.class).id("sharedNights-1-nights").setValue(2);
        textField("advance").setValue("5000");
        textField("monthlyContribution").setValue("4000.00");

        sendAndConfirm();

        assertThat(textField("standardHours").getErrorMessage())
                .isEqualTo("Les heures des lignes 1 et 2 dépassent ensemble les 720 heures du mois.");
        assertThat(textField("specialHours").getErrorMessage())
                .isEqualTo("Saisissez les heures par quarts d’heure, par exemple 12.25, 12.5 ou 12.75.");
        assertThat(find(IntegerField.class).id("nightFlats").getErrorMessage()).isEqualTo("Le mois compte 30 nuits, pas davantage.");
        assertThat(textField("nightRate").getErrorMessage())
                .isEqualTo("Le taux par nuit ne peut pas dépasser CHF 169.10, le maximum de cette année (art. 39f RAI).");
        assertThat(find(IntegerField.class).id("sharedNights-1-insured").getErrorMessage())
                .isEqualTo("Saisissez un nombre d’assurés entre 2 et 20.");
        assertThat(textField("sharedNights-1-reducedRate").getErrorMessage())
                .isEqualTo("Le champ Taux réduit par nuit est obligatoire.");
        assertThat(textField("advance").getErrorMessage())
                .isEqualTo("L’avance ne peut pas dépasser la contribution d’assistance mensuelle, CHF 4’000.00.");
        assertThat(textField("sharedNights-0-reducedRate").isInvalid()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from request", Long.class)).isZero();
    }

    @Test
    void withoutMonthNorRowNothingIsSentAndHoursThatAreNoHoursAreSaidBeforeSending() {
        UI.getCurrent().navigate(ASSISTANCE);
        decisionNumber().setValue(RequestViewTest.DECISION);
        textField("specialHours").setValue("douze");

        test(find(Button.class).id("send-request")).click();
        assertThat(textField("specialHours").getErrorMessage()).isEqualTo("Saisissez un nombre d’heures, par exemple 12.25.");

        textField("specialHours").setValue("");
        sendAndConfirm();
        assertThat(month().getErrorMessage()).isEqualTo("Le champ Mois est obligatoire.");
        assertThat(textField("standardHours").getErrorMessage()).isEqualTo("Remplissez au moins une ligne du tableau.");
        assertThat(jdbc.queryForObject("select count(*) from request", Long.class)).isZero();
    }

    @Test
    void aDraftBringsBackTheMonthEveryRowAndTheAddedSharedNights() {
        UI.getCurrent().navigate(ASSISTANCE);
        fillNovember();
        test(find(Button.class).id("add-shared-nights")).click();
        find(IntegerField.class).id("sharedNights-2-nights").setValue(2);
        textField("advance").setValue("1000");
        textField("monthlyContribution").setValue("4000.00");
        find(RequestFrame.class).single().saveDraft();
        long id = jdbc.queryForObject("select id from request_draft", Long.class);

        UI.getCurrent().navigate(ASSISTANCE, com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of(RequestView.DRAFT, String.valueOf(id))));

        assertThat(month().getValue()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(textField("standardHours").getValue()).isEqualTo("120,5");
        assertThat(find(IntegerField.class).id("nightFlats").getValue()).isEqualTo(4);
        assertThat(find(IntegerField.class).id("sharedNights-0-insured").getValue()).isEqualTo(2);
        assertThat(textField("sharedNights-0-reducedRate").getValue()).isEqualTo("90");
        assertThat(find(IntegerField.class).id("sharedNights-2-nights").getValue()).isEqualTo(2);
        assertThat(textField("monthlyContribution").getValue()).isEqualTo("4000.00");
        assertThat(total()).isEqualTo("Total : CHF 6’993.15");
    }

    @Test
    @InCanton("be")
    void inBernTheFormSpeaksGerman() {
        logIn(pierre, "be", "ROLE_BENEFICIARY");
        UI.getCurrent().navigate(ASSISTANCE);

        assertThat(text()).contains("Rechnung für den Assistenzbeitrag", "Formular Nr. 318.536",
                "1 Assistenzleistungen mit Standardqualifikation", "Zeile hinzufügen");
        assertThat(month().getItemLabelGenerator().apply(YearMonth.of(2026, 11))).isEqualTo("November 2026");
    }

    /** November 2026: 120.5 h, 10 h special, 4 nights at 160.00, 3 shared nights at 90.00, 300.00 while ill. */
    private void fillNovember() {
        decisionNumber().setValue(RequestViewTest.DECISION);
        month().setValue(YearMonth.of(2026, 11));
        textField("standardHours").setValue("120,5");
        textField("specialHours").setValue("10");
        find(IntegerField.class).id("nightFlats").setValue(4);
        textField("nightRate").setValue("160.00");
        find(IntegerField.class).id("sharedNights-0-insured").setValue(2);
        find(IntegerField.class).id("sharedNights-0-nights").setValue(3);
        textField("sharedNights-0-reducedRate").setValue("90");
        textField("salaryIllness").setValue("300.00");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<YearMonth> month() {
        return find(ComboBox.class).id("month");
    }

    private String span(String id) {
        return find(Span.class).id(id).getText();
    }

    private String total() {
        return find(Paragraph.class).id("assistance-total").getText();
    }

    private void sendAndConfirm() {
        test(find(Button.class).id("send-request")).click();
        test(find(Button.class).id("confirm-send")).click();
    }

    private String text() {
        return find(RequestFrame.class).single().getElement().getTextRecursively();
    }
}
