package ch.guichetai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.canton.Language;
import ch.guichetai.money.Money;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssistiveDeviceCatalogLoaderTest {

    private final AssistiveDeviceCatalogLoader loader = new AssistiveDeviceCatalogLoader();

    @Test
    void shippedFileOffersItemsOnEachOfTheFiveForms() {
        AssistiveDeviceCatalog catalog = loader.loadShipped();

        for (AssistiveDeviceForm form : AssistiveDeviceForm.values()) {
            assertThat(catalog.of(form)).as(form.officialNumber()).isNotEmpty();
        }
        assertThat(catalog.devices()).extracting(AssistiveDevice::label).containsExactly(
                "1.01", "1.02", "1.03", "2.01", "4.01", "4.02", "4.03", "4.04", "4.05*", "5.01", "5.06", "9.01", "9.02", "10.05*",
                "11.01", "11.02", "11.06", "13.01*", "13.04*", "13.05*", "14.01", "14.02", "14.04", "14.05", "14.06", "15.02");
        assertThat(catalog.chapters().get(AssistiveDeviceForm.WORKPLACE)).containsExactly(13);
        // building works at home (14.04, 14.05) go with the conversions, not with personal autonomy
        assertThat(catalog.chapters().get(AssistiveDeviceForm.VEHICLES_AND_CONVERSIONS)).containsExactly(10, 14);
        assertThat(catalog.find(new DeviceNumber("14.04")).orElseThrow().form())
                .isEqualTo(AssistiveDeviceForm.VEHICLES_AND_CONVERSIONS);
        assertThat(catalog.chapters().get(AssistiveDeviceForm.HEAD)).containsExactly(5);
        assertThat(catalog.chapters().get(AssistiveDeviceForm.BLIND)).containsExactly(11);
        // prostheses, orthoses, footwear, wheelchairs and communication devices: no form's title names them, they go with personal autonomy (ADR 0029)
        assertThat(catalog.chapters().get(AssistiveDeviceForm.AUTONOMY)).containsExactly(1, 2, 4, 9, 14, 15);
        // hearing aids have their own form, 300.001
        assertThat(catalog.find(new DeviceNumber("5.07"))).isEmpty();

        AssistiveDevice conversions = catalog.find(new DeviceNumber("10.05")).orElseThrow();
        assertThat(conversions.form()).isEqualTo(AssistiveDeviceForm.VEHICLES_AND_CONVERSIONS);
        assertThat(conversions.workOnly()).isTrue();
        assertThat(conversions.maximum()).contains(Money.chf("25000"));
        assertThat(conversions.name().in(Language.DE)).isEqualTo("Invaliditätsbedingte Abänderungen von Motorfahrzeugen");
        assertThat(catalog.find(new DeviceNumber("14.06")).orElseThrow().maximum()).contains(Money.chf("15500"));
        assertThat(catalog.find(new DeviceNumber("5.01")).orElseThrow().maximum()).isEmpty();
        // wigs: CHF 1,500 per calendar year
        assertThat(catalog.find(new DeviceNumber("5.06")).orElseThrow().maximum()).contains(Money.chf("1500"));
        assertThat(catalog.find(new DeviceNumber("9.02")).orElseThrow().form()).isEqualTo(AssistiveDeviceForm.AUTONOMY);
        // two caps (one side, both sides): the office applies them, the file gives none
        assertThat(catalog.find(new DeviceNumber("1.03")).orElseThrow().maximum()).isEmpty();
        AssistiveDevice insoles = catalog.find(new DeviceNumber("4.05")).orElseThrow();
        assertThat(insoles.workOnly()).isTrue();
        assertThat(insoles.name().in(Language.DE)).isEqualTo("Orthopädische Fusseinlagen");
    }

    @Test
    void everyShippedItemNamesItsSourceInTheCommentAboveIt() throws IOException {
        List<String> lines;
        try (InputStream content = getClass().getClassLoader().getResourceAsStream(AssistiveDeviceCatalogLoader.RESOURCE)) {
            lines = new String(content.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> unsourced = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().startsWith("- number:") && (i == 0 || !lines.get(i - 1).trim().startsWith("#"))) {
                unsourced.add(lines.get(i).trim());
            }
        }
        assertThat(unsourced).as("items without a source comment right above them").isEmpty();
    }

    @Test
    void numbersSortByChapterThenItem() {
        assertThat(new DeviceNumber("5.10")).isGreaterThan(new DeviceNumber("5.09"));
        assertThat(new DeviceNumber("13.01")).isGreaterThan(new DeviceNumber("5.10"));
        assertThat(new DeviceNumber("13.05").chapter()).isEqualTo(13);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "number: '5.01'|number: '5.1'|item 1 of form 318.637: key 'number' is malformed: '5.1' is not an item number",
        "number: '5.01'|number: 5.01|item 1 of form 318.637: key 'number' is malformed: write the number in quotes",
        "number: '5.01'|nummer: '5.01'|item 1 of form 318.637: key 'number' is missing",
        "\"318.637\":|\"318.640\":|form 318.640 is malformed: '318.640' is not one of the forms 318.635 to 318.639",
        "de: Augenprothesen|de: ''|item '5.01': key 'name.de' is missing",
        "de: Augenprothesen|fr_: x|item '5.01': key 'name.de' is missing",
        "asterisk: false|asterisk: 'no'|item '5.01': key 'asterisk' is malformed: expected true or false",
        "asterisk: false|asterisk: false\\n      maximum-chf: '0'|item '5.01': key 'maximum-chf' is malformed: a maximum must be positive",
        "asterisk: false|asterisk: false\\n      maximum-chf: '1500.005'|item '5.01': key 'maximum-chf' is malformed: not a CHF amount",
        "asterisk: false|asterisk: false\\n      maximum_chf: '1500'|item '5.01' is malformed: unknown key 'maximum_chf'",
        "de: Rechnung|de: ' '|item '5.01': key 'documents.de' is missing",
        "asterisk: false|asterisk: false\\n      own-running-costs: 'yes'|item '5.01': key 'own-running-costs' is malformed: expected true or false",
    })
    void brokenItemIsRefusedNamingItAndTheKey(String original, String broken, String message) {
        String yaml = VALID.replaceFirst(java.util.regex.Pattern.quote(original),
                java.util.regex.Matcher.quoteReplacement(broken.replace("\\n", "\n")));
        assertThat(yaml).as("the test must break something").isNotEqualTo(VALID);

        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(CatalogueConfigurationException.class)
                .hasMessageContaining(message)
                .hasMessageContaining("(test.yml)");
    }

    @Test
    void numberListedUnderTwoFormsIsRefused() {
        String yaml = VALID + """
                  "318.639":
                    - number: "5.01"
                      asterisk: false
                      name: {fr: Autre, de: Andere}
                      documents: {fr: Facture, de: Rechnung}
                """;

        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(CatalogueConfigurationException.class)
                .hasMessage("item '5.01' is listed twice (under 318.637 and 318.639) (test.yml)");
    }

    @Test
    void fileWithoutFormsIsRefused() {
        assertThatThrownBy(() -> load("forms: {}"))
                .isInstanceOf(CatalogueConfigurationException.class)
                .hasMessage("test.yml must hold a non-empty map 'forms' keyed by form number");
        assertThatThrownBy(() -> load("forms:\n  \"318.637\": []"))
                .isInstanceOf(CatalogueConfigurationException.class)
                .hasMessage("form 318.637 is malformed: expected a non-empty list of items (test.yml)");
    }

    private AssistiveDeviceCatalog load(String yaml) {
        return loader.load("test.yml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String VALID = """
            forms:
              "318.637":
                - number: '5.01'
                  asterisk: false
                  name:
                    fr: Prothèses oculaires
                    de: Augenprothesen
                  documents:
                    fr: Facture
                    de: Rechnung
            """;
}
