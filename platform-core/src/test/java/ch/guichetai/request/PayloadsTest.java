package ch.guichetai.request;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.money.Money;
import ch.guichetai.testdata.TestHelplessnessAllowance;
import org.junit.jupiter.api.Test;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

class PayloadsTest {

    /** A version 1 payload as stored: it must stay readable whatever the records become. */
    private static final String STORED_V1_TRAVEL = """
            {"trips":[{"start":"2022-06-06","end":"2022-06-10","purpose":"Hôpital","from":"Genève","to":"Berne",\
            "ticketType":"RETURN","ticketAmount":"102.00","kilometres":null,"companion":false}],\
            "meals":{"from":"2022-06-06","to":"2022-06-10","fiveToEightHours":["2022-06-06","2022-06-07",\
            "2022-06-08","2022-06-09","2022-06-10"],"overEightHours":[],"lodging":[]}}""";

    private static final String STORED_V1_INVOICE = """
            {"serviceFrom":"2024-06-04","serviceTo":null,"issuer":"<script>alert(1)</script>",\
            "invoiceNumber":"F-17","invoiceDate":null,"amount":"1234.50","description":null}""";

    private static final String STORED_V1_DEVICES = """
            {"serviceFrom":"2026-06-04","serviceTo":null,"remittance":"PURCHASE","device":"10.05",\
            "amount":"18450.00","supplier":"Garage du Rhône SA","description":"Commande au volant"}""";

    @Test
    void readsAStoredVersion1TravelPayload() {
        FormContent content = Payloads.read(InvoiceForm.TRAVEL_AND_MEALS, 1, STORED_V1_TRAVEL);

        assertThat(content).isEqualTo(PricingTest.seed004());
    }

    @Test
    void readsAStoredVersion1InvoicePayloadWithItsTextUnchanged() {
        GenericInvoice invoice = (GenericInvoice) Payloads.read(InvoiceForm.GENERIC_INVOICE, 1, STORED_V1_INVOICE);

        assertThat(invoice.issuer()).isEqualTo("<script>alert(1)</script>");
        assertThat(invoice.amount()).isEqualTo(Money.chf("1234.50"));
        assertThat(invoice.servicePeriod()).isEqualTo(ServicePeriod.day(LocalDate.of(2024, 6, 4)));
    }

    @Test
    void writesWhatItReadsWithAmountsAsText() {
        Trip car = new Trip(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29), "Stage", "Sion", "Sierre",
                TicketType.CAR, null, 30, false);
        TravelAndMeals travel = new TravelAndMeals(List.of(car), Optional.empty());
        String json = Payloads.write(travel);

        assertThat(json).contains("\"start\":\"2024-02-29\"").contains("\"kilometres\":30");
        assertThat(Payloads.read(InvoiceForm.TRAVEL_AND_MEALS, Payloads.VERSION, json)).isEqualTo(travel);
        assertThat(Payloads.write(PricingTest.seed004())).contains("\"ticketAmount\":\"102.00\"");
        assertThat(Payloads.read(InvoiceForm.TRAVEL_AND_MEALS, Payloads.VERSION, Payloads.write(PricingTest.seed004())))
                .isEqualTo(PricingTest.seed004());
    }

    @Test
    void writesAndReadsTheHelplessnessAllowanceOfMinors() {
        HelplessnessAllowanceMinors february = TestHelplessnessAllowance.february2026();
        String json = Payloads.write(february);

        assertThat(json).contains("\"from\":\"2026-02-01\"", "\"place\":\"HOSPITAL\"", "\"degree\":\"MEDIUM\"",
                "\"intensiveCare\":\"FOUR_HOURS\"", "\"attestation\":\"attestation hôpital.pdf\"");
        assertThat(Payloads.read(InvoiceForm.HELPLESSNESS_ALLOWANCE_MINORS, Payloads.VERSION, json)).isEqualTo(february);
    }

    /** Form 318.536: the month as "2024-02", hours as numbers, amounts as text, the shared-nights rows. */
    @Test
    void writesAndReadsAnAssistanceContribution() {
        AssistanceContribution invoice = new AssistanceContribution(java.time.YearMonth.of(2024, 2),
                new java.math.BigDecimal("120.25"), new java.math.BigDecimal("8.5"), 3, Money.chf("150.00"),
                List.of(new SharedNights(2, 4, Money.chf("80.00")), new SharedNights(null, null, null)),
                Money.chf("200.00"), null, Money.chf("500.00"), Money.chf("4200.00"));
        String json = Payloads.write(invoice);

        assertThat(json).contains("\"month\":\"2024-02\"", "\"standardHours\":120.25", "\"nightRate\":\"150.00\"",
                "\"sharedNights\":[{\"insured\":2,\"nights\":4,\"reducedRate\":\"80.00\"},");
        assertThat(Payloads.read(InvoiceForm.ASSISTANCE_CONTRIBUTION, Payloads.VERSION, json)).isEqualTo(invoice);
    }

    @Test
    void anAssistiveDevicesPayloadKeepsItsItemAndItsKindOfRemittance() {
        AssistiveDevices devices = AssistiveDevicesTest.conversion(Money.chf("18450.00"));
        String json = Payloads.write(devices);

        assertThat(json).isEqualTo(STORED_V1_DEVICES);
        assertThat(Payloads.read(InvoiceForm.ASSISTIVE_DEVICES, Payloads.VERSION, json)).isEqualTo(devices);
        assertThat(Payloads.read(InvoiceForm.ASSISTIVE_DEVICES, 1, STORED_V1_DEVICES)).isEqualTo(devices);
    }

    /** Form 300.001 as stored in version 1: sections not filled are null. */
    private static final String STORED_V1_HEARING = """
            {"fitting":{"from":"2026-09-15","to":null,"type":"FITTING_BOTH_EARS","amount":"1900.00"},"repairs":null,\
            "batteries":{"from":"2025-10-01","to":"2026-09-30","type":"BATTERIES_BOTH_EARS","amount":"80.00"},\
            "implants":null,"hardship":null}""";

    @Test
    void readsAndWritesAHearingAidsPayload() {
        HearingAids hearing = ch.guichetai.testdata.TestHearingAids.bothEarsAndBatteries();

        assertThat(Payloads.read(InvoiceForm.HEARING_AIDS, 1, STORED_V1_HEARING)).isEqualTo(hearing);
        assertThat(Payloads.write(hearing)).isEqualTo(STORED_V1_HEARING);
    }
}
