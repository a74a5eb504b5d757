package ch.guichetai.report;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.Language;
import ch.guichetai.money.Money;
import ch.guichetai.request.AssistanceContribution;
import ch.guichetai.request.SentRequest;
import ch.guichetai.request.SharedNights;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Form 318.536 in the PDF copy, read back with PDFBox: the month and every row of the table, in French and German. */
class AssistanceContributionCopyTest {

    private final RequestCopies copies = new RequestCopies(RequestCopiesTest.CANTONS, RequestCopiesTest.DEVICES);

    /**
     * August 2024: 100 h × 34.30 = 3430.00, 10.25 h × 51.50 = 527.88, 5 × 150.00 = 750.00, shared
     * 4 × 80.00 = 320.00, ill 200.00, advance 500.00: CHF 5727.88.
     */
    @Test
    void theMonthAndTheWholeTableWithItsTotal() throws IOException {
        String text = text(august2024(), Language.FR);

        assertThat(text).contains("Facture pour la contribution d’assistance", "Formulaire n° 318.536",
                "Date des prestations dispensées 01.08.2024 – 31.08.2024", "Contribution d’assistance", "Mois août 2024",
                "heures effectivement fournies", "Nombre de nuits", "taux en CHF", "montant en CHF",
                "Prestations d’assistance avec qualification standard 100 CHF 34.30 CHF 3’430.00",
                "Prestations d’assistance avec qualification particulière 10.25 CHF 51.50 CHF 527.88",
                "Prestations de nuit 5 CHF 150.00 CHF 750.00",
                "Prestations de nuit avec assistant partagé Nombre d’assurés qui partagent les services d’un même "
                        + "assistant : 2 4 CHF 80.00 CHF 320.00",
                "Obligation de payer le salaire en cas d’empêchement du travailleur CHF 200.00",
                "Obligation de payer le salaire en cas de demeure de l’employeur CHF 0.00",
                "Avance CHF 500.00",
                "Contribution d’assistance mensuelle selon la décision CHF 4’000.00",
                "Total CHF 5’727.88", "Montant total CHF 5’727.88");
    }

    @Test
    void aGermanCopyAndATableWithoutSharedNightsStillShowsRow4() throws IOException {
        AssistanceContribution hoursOnly = new AssistanceContribution(YearMonth.of(2025, 1), new BigDecimal("10"), null,
                null, null, List.of(new SharedNights(null, null, null)), null, null, null, null);

        String text = text(RequestCopiesTest.request("be", hoursOnly, Money.chf("353.00"), List.of(), Optional.empty()),
                Language.DE);

        assertThat(text).contains("Rechnung für den Assistenzbeitrag", "Monat Januar 2025",
                "Assistenzleistungen mit Standardqualifikation 10 CHF 35.30 CHF 353.00",
                "Assistenzleistungen mit besonderer Qualifikation CHF 52.95 CHF 0.00",
                "Nachtdienst mit geteilter Assistenzperson CHF 0.00", "Vorschuss CHF 0.00", "Total CHF 353.00")
                .doesNotContain("Monatlicher Assistenzbeitrag", "Mois");
    }

    private static SentRequest august2024() {
        AssistanceContribution august = new AssistanceContribution(YearMonth.of(2024, 8), new BigDecimal("100"),
                new BigDecimal("10.25"), 5, Money.chf("150.00"),
                List.of(new SharedNights(2, 4, Money.chf("80.00")), new SharedNights(null, null, null)),
                Money.chf("200.00"), null, Money.chf("500.00"), Money.chf("4000.00"));
        return RequestCopiesTest.request("vs", august, Money.chf("5727.88"), List.of(), Optional.empty());
    }

    private String text(SentRequest request, Language language) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        copies.write(request, List.of(), language, pdf);
        return RequestCopiesTest.text(pdf.toByteArray());
    }
}
