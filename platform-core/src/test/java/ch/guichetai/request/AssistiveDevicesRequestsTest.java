package ch.guichetai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.account.Accounts;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.identity.Actor;
import ch.guichetai.money.Money;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Iban;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.validation.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Forms 318.635–639 sent and read back on the real database, in Valais, on 1 December 2026: the
 * payload, the total and the service period as stored; an amount above the item's maximum is refused.
 */
@SpringBootTest
class AssistiveDevicesRequestsTest {

    private static final CantonCode VS = new CantonCode("vs");

    @Autowired
    Requests requests;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    /** 1 December 2026, as in {@link RequestsTest}. */
    @TestBean(methodName = "ch.guichetai.request.RequestsTest#clock")
    Clock clock;

    private Actor valaisan;

    @BeforeEach
    void aBeneficiaryOfValais() {
        TestDatabase.reset(jdbc);
        valaisan = TestActors.actor(as(() -> accounts.create(TestAccounts.beneficiary("Valentin", "Rey").withEmailVerified(),
                TestBankAccounts.draft(TestBankAccounts.IBAN, "Valentin Rey"))));
    }

    @Test
    void aConversionIsSentPricedAndReadBack() {
        AssistiveDevices conversion = AssistiveDevicesTest.conversion(Money.chf("18450.00"));

        SentRequest sent = as(() -> requests.send(valaisan, request(conversion)));

        assertThat(sent.reference()).hasToString("VS-2026-000001");
        assertThat(sent.form()).isEqualTo(InvoiceForm.ASSISTIVE_DEVICES);
        assertThat(sent.total()).isEqualTo(Money.chf("18450.00"));
        assertThat(jdbc.queryForObject("select total from request where id = ?", BigDecimal.class, sent.id()))
                .isEqualByComparingTo("18450.00");
        SentRequest read = as(() -> requests.byId(valaisan, sent.id())).orElseThrow();
        assertThat(read.content()).isEqualTo(conversion);
        assertThat(read.servicePeriod()).isEqualTo(ServicePeriod.day(conversion.serviceFrom()));
        assertThat(read.priced().lines()).containsExactly(
                PricedContent.Line.typed(AssistiveDevices.AMOUNT, Money.chf("18450.00")));
    }

    @Test
    void anAmountAboveTheItemsMaximumIsNotSent() {
        assertThatThrownBy(() -> as(() -> requests.send(valaisan, request(AssistiveDevicesTest.conversion(
                Money.chf("25000.05"))))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .containsOnlyKeys(AssistiveDevices.AMOUNT));
        assertThat(jdbc.queryForObject("select count(*) from request", Integer.class)).isZero();
    }

    private static NewRequest request(AssistiveDevices content) {
        RequestHeader header = new RequestHeader(Optional.empty(), Iban.of(TestBankAccounts.IBAN),
                DecisionNumber.of("323 2025 1000042"), null, false, null);
        return new NewRequest(UUID.randomUUID(), header, content,
                List.of(TestBeneficiaries.procuration("devis.pdf", TestBeneficiaries.PDF)));
    }

    private static <T> T as(Supplier<T> work) {
        return TenantContext.callAs(VS, work);
    }
}
