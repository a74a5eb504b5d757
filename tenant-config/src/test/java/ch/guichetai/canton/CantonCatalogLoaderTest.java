package ch.guichetai.canton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.money.Money;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CantonCatalogLoaderTest {

    private final CantonCatalogLoader loader = new CantonCatalogLoader(getClass().getClassLoader());

    @Test
    void shippedFileDefinesGenevaBernAndValais() {
        CantonCatalog catalog = loader.load(List.of(new CantonCatalogLoader.Source("cantons.yml",
                getClass().getClassLoader().getResourceAsStream("cantons.yml"))));

        assertThat(catalog.all()).extracting(canton -> canton.code().value()).containsExactly("ge", "be", "vs");

        Canton geneva = catalog.require(new CantonCode("ge"));
        assertThat(geneva.office().name().in(Language.FR)).isEqualTo("Office cantonal des assurances sociales");
        assertThat(geneva.office().address().postOfficeBox()).contains("2096");
        // each office's own number, from its guide (Geneva: seed 004, Bern: seed 002, Valais: seed 003)
        assertThat(geneva.office().phone()).isEqualTo("+41 22 327 27 27");
        assertThat(geneva.office().openingHours()).containsExactly(new OpeningHours(
                java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(16, 0)));
        assertThat(geneva.languages()).containsExactly(Language.FR);
        assertThat(geneva.isMultilingual()).isFalse();
        assertThat(geneva.forms()).containsExactlyInAnyOrder(InvoiceForm.values());

        Canton bern = catalog.require(new CantonCode("be"));
        assertThat(bern.languages()).containsExactly(Language.DE, Language.FR);
        assertThat(bern.defaultLanguage()).isEqualTo(Language.DE);
        assertThat(bern.office().address().locality().in(Language.DE)).isEqualTo("Bern");
        assertThat(bern.office().phone()).isEqualTo("058 219 77 20");

        Canton valais = catalog.require(new CantonCode("vs"));
        assertThat(valais.languages()).containsExactly(Language.FR, Language.DE);
        assertThat(valais.defaultLanguage()).isEqualTo(Language.FR);
        assertThat(valais.office().phone()).isEqualTo("027 324 96 11");
        assertThat(valais.office().address().postOfficeBox()).contains("");
        assertThat(valais.office().address().postalCode()).isEqualTo("1951");

        assertThat(List.of(geneva, bern, valais)).extracting(canton -> canton.office().decisionCode())
                .containsExactly("325", "302", "323");
    }

    @Test
    void ratesOfTheValaisGuideApplyIn2024() {
        Canton valais = loader.load(List.of(new CantonCatalogLoader.Source("cantons.yml",
                getClass().getClassLoader().getResourceAsStream("cantons.yml")))).require(new CantonCode("vs"));
        LocalDate day = LocalDate.of(2024, 6, 6);

        assertThat(valais.rates().on(RateKind.ASSISTANCE_HOUR_STANDARD, day)).contains(Money.chf("34.30"));
        assertThat(valais.rates().on(RateKind.ASSISTANCE_HOUR_SPECIAL_QUALIFICATION, day)).contains(Money.chf("51.50"));
        assertThat(valais.rates().on(RateKind.CAR_PER_KM, day)).contains(Money.chf("0.45"));
        assertThat(valais.rates().on(RateKind.MEAL_5_TO_8_HOURS, day)).contains(Money.chf("11.50"));
        assertThat(valais.rates().on(RateKind.MEAL_OVER_8_HOURS, day)).contains(Money.chf("19.00"));
        assertThat(valais.rates().on(RateKind.LODGING_PER_NIGHT, day)).contains(Money.chf("37.50"));
    }

    @Test
    void ratesCoverTheFiveYearsUsersMayBillAndChangeOnTheirOfficialDates() {
        Canton geneva = loader.load(List.of(new CantonCatalogLoader.Source("cantons.yml",
                getClass().getClassLoader().getResourceAsStream("cantons.yml")))).require(new CantonCode("ge"));
        LocalDate firstBillableDay = LocalDate.of(2021, 12, 1);

        for (RateKind kind : InvoiceForm.TRAVEL_AND_MEALS.requiredRates()) {
            assertThat(geneva.rates().on(kind, firstBillableDay)).as(kind.key()).isPresent();
            assertThat(geneva.rates().on(kind, firstBillableDay.minusDays(1))).as(kind.key()).isEmpty();
        }
        // seed 004 prices June 2022 at these flats
        assertThat(geneva.rates().on(RateKind.MEAL_5_TO_8_HOURS, LocalDate.of(2022, 6, 6))).contains(Money.chf("11.50"));
        assertThat(geneva.rates().on(RateKind.CAR_PER_KM, LocalDate.of(2022, 12, 31))).contains(Money.chf("0.45"));
        assertThat(geneva.rates().on(RateKind.LODGING_PER_NIGHT, LocalDate.of(2026, 12, 1))).contains(Money.chf("37.50"));
        // RAI art. 39f: new amounts from 2025
        assertThat(geneva.rates().on(RateKind.ASSISTANCE_HOUR_STANDARD, LocalDate.of(2024, 12, 31))).contains(Money.chf("34.30"));
        assertThat(geneva.rates().on(RateKind.ASSISTANCE_HOUR_STANDARD, LocalDate.of(2025, 1, 1))).contains(Money.chf("35.30"));
        assertThat(geneva.rates().on(RateKind.ASSISTANCE_HOUR_SPECIAL_QUALIFICATION, LocalDate.of(2024, 12, 31)))
                .contains(Money.chf("51.50"));
        assertThat(geneva.rates().on(RateKind.ASSISTANCE_HOUR_SPECIAL_QUALIFICATION, LocalDate.of(2025, 1, 1)))
                .contains(Money.chf("52.95"));
        assertThat(geneva.rates().on(RateKind.ASSISTANCE_HOUR_STANDARD, LocalDate.of(2022, 12, 31))).isEmpty();
    }

    @Test
    void aFourthCantonNeedsOnlyConfiguration() {
        CantonCatalog catalog = loader.load(List.of(
                new CantonCatalogLoader.Source("cantons.yml", getClass().getClassLoader().getResourceAsStream("cantons.yml")),
                source("jura.yml", JURA)));

        Canton jura = catalog.byHost("JU.localhost:8080").orElseThrow();
        assertThat(jura.code()).isEqualTo(new CantonCode("ju"));
        assertThat(jura.name().in(Language.DE)).isEqualTo("Jura");
        assertThat(jura.forms()).containsExactly(InvoiceForm.GENERIC_INVOICE);
        assertThat(catalog.all()).hasSize(4);
        assertThat(catalog.byHost("ge.localhost").orElseThrow().code().value()).isEqualTo("ge");
        assertThat(catalog.byHost("zh.localhost")).isEmpty();
    }

    @Test
    void rateValidityPeriodsSelectTheRateOfTheDay() {
        Canton jura = loader.load(List.of(source("jura.yml", JURA.replace(CAR_RATE,
                "        - { valid-from: 2023-01-01, valid-until: 2024-12-31, amount: \"0.45\" }\n"
                        + "        - { valid-from: 2025-01-01, amount: \"0.50\" }")))).require(new CantonCode("ju"));

        assertThat(jura.rates().on(RateKind.CAR_PER_KM, LocalDate.of(2024, 12, 31))).contains(Money.chf("0.45"));
        assertThat(jura.rates().on(RateKind.CAR_PER_KM, LocalDate.of(2025, 1, 1))).contains(Money.chf("0.50"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing phone                 | '      phone: 032 420 34 00'             | ''                                    | canton 'ju': key 'office.phone' is missing (jura.yml)
            malformed phone               | '      phone: 032 420 34 00'             | '      phone: call us'                 | canton 'ju': key 'office.phone' is malformed: expected a Swiss phone number
            malformed postal code         | 'postal-code: "2800"'                    | 'postal-code: "280"'                  | canton 'ju': key 'office.address.postal-code' is malformed
            missing German name           | 'name: { fr: Jura, de: Jura }'           | 'name: { fr: Jura }'                  | canton 'ju': key 'name' is malformed: text in 'de' is missing
            unknown language              | 'languages: [ fr ]'                      | 'languages: [ fr, it ]'               | canton 'ju': key 'languages[1]' is malformed: unknown language 'it'
            default language not offered  | 'default-language: fr'                   | 'default-language: de'                | canton 'ju': key 'default-language' is malformed: 'de' is not one of 'languages'
            malformed opening hours       | '"MON-FRI 08:00-12:00"'                  | '"lundi matin"'                       | canton 'ju': key 'office.opening-hours[0]' is malformed
            unknown form                  | 'forms: [ "318.632" ]'                   | 'forms: [ "999.999" ]'                | canton 'ju': key 'forms[0]' is malformed: unknown form '999.999'
            rate missing for a form       | 'forms: [ "318.632" ]'                   | 'forms: [ "318.536" ]'                | canton 'ju': key 'rates.assistance-hour-standard' is missing: form 318.536 needs it
            rate with three decimals      | 'amount: "0.45"'                         | 'amount: "0.455"'                     | canton 'ju': key 'rates.car-per-km[0].amount' is malformed
            malformed rate date           | 'valid-from: 2023-01-01, amount: "0.45"' | 'valid-from: 2023-13-01, amount: "0.45"' | canton 'ju': key 'rates.car-per-km[0].valid-from' is malformed: expected a date like 2024-01-31, not '2023-13-01'
            logo not on the class path    | 'logo: test-canton-logos/ju.svg'         | 'logo: canton-logos/ju.svg'           | canton 'ju': key 'logo' is malformed: 'canton-logos/ju.svg' is not on the class path
            malformed host                | 'hosts: [ ju.localhost ]'                | 'hosts: [ "ju localhost" ]'           | canton 'ju': key 'hosts[0]' is malformed
            malformed sender              | 'address: guichet-ju@guichet-ai.localhost' | 'address: guichet-ju'               | canton 'ju': key 'mail-sender.address' is malformed
            missing decision code         | '      decision-code: "326"'             | ''                                    | canton 'ju': key 'office.decision-code' is missing
            malformed decision code       | 'decision-code: "326"'                   | 'decision-code: "32"'                 | canton 'ju': key 'office.decision-code' is malformed: expected the three digits
            missing realm                 | '    keycloak-realm: ju'                 | ''                                    | canton 'ju': key 'keycloak-realm' is missing
            malformed canton code         | '  ju:'                                  | '  jura:'                             | canton 'jura' is malformed: a canton code is two lower-case letters
            """)
    void aMissingOrMalformedValueNamesTheCantonAndTheKey(String caseName, String valid, String broken, String message) {
        assertThat(JURA).contains(valid);
        String yaml = JURA.replace(valid, broken);

        assertThatThrownBy(() -> loader.load(List.of(source("jura.yml", yaml))))
                .isInstanceOf(CantonConfigurationException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void overlappingRatePeriodsAreRefused() {
        String yaml = JURA.replace(CAR_RATE, CAR_RATE + "\n        - { valid-from: 2024-01-01, amount: \"0.50\" }");

        assertThatThrownBy(() -> loader.load(List.of(source("jura.yml", yaml))))
                .hasMessageStartingWith("canton 'ju': key 'rates' is malformed: 'car-per-km' has overlapping periods");
    }

    @Test
    void aHostServesOneCantonOnly() {
        String yaml = JURA.replace("hosts: [ ju.localhost ]", "hosts: [ ge.localhost ]");

        assertThatThrownBy(() -> loader.load(List.of(
                new CantonCatalogLoader.Source("cantons.yml", getClass().getClassLoader().getResourceAsStream("cantons.yml")),
                source("jura.yml", yaml))))
                .hasMessageContaining("canton 'ju': key 'hosts' repeats host 'ge.localhost' of canton 'ge'");
    }

    @Test
    void aCantonIsDefinedOnce() {
        assertThatThrownBy(() -> loader.load(List.of(source("a.yml", JURA), source("b.yml", JURA))))
                .hasMessage("canton 'ju' is defined twice (again in b.yml)");
    }

    @Test
    void aFileWithoutCantonsIsRefused() {
        assertThatThrownBy(() -> loader.load(List.of(source("empty.yml", "other: 1"))))
                .hasMessage("empty.yml must hold a non-empty map 'cantons' keyed by canton code");
    }

    private static CantonCatalogLoader.Source source(String name, String yaml) {
        return new CantonCatalogLoader.Source(name, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String CAR_RATE = "        - { valid-from: 2023-01-01, amount: \"0.45\" }";

    /** The test-only fourth canton, shared with the other modules' tests. */
    private static final String JURA = readTestCanton();

    private static String readTestCanton() {
        try (var in = CantonCatalogLoaderTest.class.getClassLoader().getResourceAsStream("cantons-test-ju.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
