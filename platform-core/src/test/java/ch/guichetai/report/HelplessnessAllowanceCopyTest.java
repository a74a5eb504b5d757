package ch.guichetai.report;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.Language;
import ch.guichetai.document.DocumentOwner;
import ch.guichetai.document.DocumentType;
import ch.guichetai.document.StoredDocument;
import ch.guichetai.money.Money;
import ch.guichetai.request.SentRequest;
import ch.guichetai.testdata.TestHelplessnessAllowance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Form 318.632.2 in the PDF copy, read back with PDFBox, in French and in German. */
class HelplessnessAllowanceCopyTest {

    private final RequestCopies copies = new RequestCopies(RequestCopiesTest.CANTONS, RequestCopiesTest.DEVICES);

    @Test
    void everyEntryTheNightsPerPlaceTheLinesAndTheTotal() throws IOException {
        String text = RequestCopiesTest.text(pdf(february("vs"), Language.FR));

        assertThat(text).contains("Facture pour l’allocation pour impotent (API) et supplément pour soins intenses (SSI) pour mineurs",
                "Formulaire n° 318.632.2", "Date des prestations dispensées 01.02.2026 – 28.02.2026",
                "Période comptable 01.02.2026 – 28.02.2026",
                "N° Début – Fin Nuits Lieu Degré API Degré SSI Attestation",
                "1 01.02.2026 – 03.02.2026 2 Domicile Moyen 4 h",
                "2 03.02.2026 – 10.02.2026 7 Hôpital Moyen 4 h attestation hôpital.pdf",
                "3 10.02.2026 – 28.02.2026 18 Domicile Moyen 4 h",
                "Nuits par lieu Domicile 20 Hôpital 7 Home 0",
                "Entrée 1 – API Moyen 2 nuits CHF 42.00 CHF 84.00",
                "Entrée 1 – SSI 4 h 2 nuits CHF 33.60 CHF 67.20",
                "Entrée 3 – API Moyen 18 nuits CHF 42.00 CHF 756.00",
                "Entrée 3 – SSI 4 h 18 nuits CHF 33.60 CHF 604.80",
                "Total général CHF 1’512.00", "Montant total CHF 1’512.00")
                .doesNotContain("Entrée 2 –");
    }

    @Test
    void inGerman() throws IOException {
        String text = RequestCopiesTest.text(pdf(february("be"), Language.DE));

        assertThat(text).contains("Formular Nr. 318.632.2", "Abrechnungsperiode 01.02.2026 – 28.02.2026",
                "2 03.02.2026 – 10.02.2026 7 Spital Mittel 4 Std. attestation hôpital.pdf",
                "Nächte nach Ort Zu Hause 20 Spital 7 Heim 0", "Eintrag 3 – IPZ 4 Std. 18 Nächte CHF 33.60 CHF 604.80",
                "Gesamttotal CHF 1’512.00")
                .doesNotContain("Domicile", "Hôpital 7");
    }

    private static SentRequest february(String canton) {
        StoredDocument attestation = new StoredDocument(1, DocumentOwner.ofCompany(7), TestHelplessnessAllowance.ATTESTATION,
                DocumentType.PDF, 80 * 1024, "0".repeat(64), Instant.parse("2026-08-26T08:14:00Z"));
        return RequestCopiesTest.request(canton, TestHelplessnessAllowance.february2026(), Money.chf("1512.00"),
                List.of(attestation), Optional.empty());
    }

    private byte[] pdf(SentRequest request, Language language) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        copies.write(request, List.of(), language, pdf);
        return pdf.toByteArray();
    }
}
