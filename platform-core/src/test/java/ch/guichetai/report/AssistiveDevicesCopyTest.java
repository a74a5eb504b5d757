package ch.guichetai.report;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.Language;
import ch.guichetai.catalogue.DeviceNumber;
import ch.guichetai.money.Money;
import ch.guichetai.request.AssistiveDevices;
import ch.guichetai.request.AssistiveDevices.Remittance;
import ch.guichetai.request.SentRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Forms 318.635–639 in the PDF copy: the item's own form number 318.63x, the item, the amount, the total. */
class AssistiveDevicesCopyTest {

    private final RequestCopies copies = new RequestCopies(RequestCopiesTest.CANTONS, RequestCopiesTest.DEVICES);

    @Test
    void aConversionPrintsItsForm318_636AndItsTotalInFrench() throws IOException {
        AssistiveDevices conversion = new AssistiveDevices(LocalDate.of(2026, 6, 4), LocalDate.of(2026, 6, 12),
                Remittance.PURCHASE, new DeviceNumber("10.05"), Money.chf("18450.00"), "Garage du Rhône SA",
                "Commande au volant");

        String text = text(conversion, Language.FR);

        assertThat(text).contains("Moyens auxiliaires", "Formulaire n° 318.635-639",
                "Période de prestation 04.06.2026 – 12.06.2026", "Type de remise Achat (remise en propriété)",
                "Formulaire 318.636 – Travaux de transformation et les véhicules à moteur",
                "Prestation 10.05* " + name("10.05", Language.FR),
                "Fournisseur Garage du Rhône SA", "Description Commande au volant", "Montant CHF 18’450.00",
                "Total CHF 18’450.00", "Montant total CHF 18’450.00");
    }

    @Test
    void anAssistanceDogInGermanPrintsForm318_639() throws IOException {
        AssistiveDevices dog = new AssistiveDevices(LocalDate.of(2026, 3, 2), null, Remittance.RUNNING_COSTS,
                new DeviceNumber("14.06"), Money.chf("485.00"), null, null);

        String text = text(dog, Language.DE);

        assertThat(text).contains("Hilfsmittel", "Leistungszeitraum 02.03.2026", "Art der Abgabe Betriebs- und Unterhaltskosten",
                "Formular 318.639 – Für die Selbstsorge", "Leistung 14.06 " + name("14.06", Language.DE), "Betrag CHF 485.00",
                "Total CHF 485.00")
                .doesNotContain("Formulaire", "14.06*");
    }

    /** The item's name as the catalogue has it now (another change may reword it). */
    private static String name(String number, Language language) {
        return RequestCopiesTest.DEVICES.find(new DeviceNumber(number)).orElseThrow().name().in(language);
    }

    private String text(AssistiveDevices content, Language language) throws IOException {
        SentRequest request = RequestCopiesTest.request("vs", content, content.amount(), List.of(), Optional.empty());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        copies.write(request, List.of(), language, pdf);
        return RequestCopiesTest.text(pdf.toByteArray());
    }
}
