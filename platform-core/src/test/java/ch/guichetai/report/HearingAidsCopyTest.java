package ch.guichetai.report;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.Language;
import ch.guichetai.money.Money;
import ch.guichetai.request.HearingAids;
import ch.guichetai.request.HearingSection;
import ch.guichetai.request.HearingType;
import ch.guichetai.request.SentRequest;
import ch.guichetai.testdata.TestHearingAids;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Form 300.001 in the PDF copy: every filled section, its invoiced, flat and reimbursed amounts, the note, the total. */
class HearingAidsCopyTest {

    private final RequestCopies copies = new RequestCopies(RequestCopiesTest.CANTONS, RequestCopiesTest.DEVICES);

    @Test
    void bothEarsAboveTheFlatAreFlaggedAndBatteriesPrinted() throws IOException {
        SentRequest request = RequestCopiesTest.request("ge", TestHearingAids.bothEarsAndBatteries(),
                Money.chf("1730.00"), List.of(), Optional.empty());

        String text = text(request, Language.FR);

        assertThat(text).contains("Facture pour appareillage auditif", "Formulaire n° 300.001",
                "Date des prestations dispensées 01.10.2025 – 30.09.2026",
                "Prestation Date ou période Type Montant facturé Forfait Montant remboursé",
                "Appareillage auditif 15.09.2026 Deux oreilles CHF 1’900.00 CHF 1’650.00 CHF 1’650.00",
                "Le montant facturé dépasse le forfait (CHF 1’650.00) : l’AI rembourse le forfait.",
                "Batteries par an 01.10.2025 – 30.09.2026 Deux oreilles CHF 80.00 CHF 80.00 CHF 80.00",
                "Total CHF 1’730.00", "Montant total CHF 1’730.00")
                .doesNotContain("Réparations", "Cas de rigueur");
    }

    @Test
    void everySectionInGermanWithoutAFlatWhereNoneApplies() throws IOException {
        LocalDate day = LocalDate.of(2026, 5, 4);
        HearingAids all = new HearingAids(new HearingSection(day, null, HearingType.FITTING_ONE_EAR, Money.chf("700.00")),
                new HearingSection(day, null, HearingType.REPAIR_OTHER, Money.chf("150.00")),
                new HearingSection(day, day.plusMonths(6), HearingType.BATTERIES_MINOR_BOTH_EARS, Money.chf("120.00")),
                new HearingSection(day, null, HearingType.MIDDLE_EAR_IMPLANT, Money.chf("3000.00")),
                new HearingSection(day, null, HearingType.HARDSHIP_BOTH_EARS, Money.chf("2500.00")));
        SentRequest request = RequestCopiesTest.request("be", all, Money.chf("6450.00"), List.of(), Optional.empty());

        String text = text(request, Language.DE);

        assertThat(text).contains("Formular Nr. 300.001",
                "Hörgeräteversorgung 04.05.2026 Ein Ohr CHF 700.00 CHF 840.00 CHF 700.00",
                "Reparaturen 04.05.2026 Andere Reparatur CHF 150.00 CHF 130.00 CHF 130.00",
                "Der Rechnungsbetrag übersteigt die Pauschale (CHF 130.00): Die IV vergütet die Pauschale.",
                "Minderjährig, beide Ohren CHF 120.00 Keine CHF 120.00", "Mittelohrimplantat CHF 3’000.00 Keine",
                "Härtefall 04.05.2026 Beide Ohren CHF 2’500.00 Keine CHF 2’500.00", "Total CHF 6’450.00");
    }

    private String text(SentRequest request, Language language) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        copies.write(request, List.of(), language, pdf);
        return RequestCopiesTest.text(pdf.toByteArray());
    }
}
