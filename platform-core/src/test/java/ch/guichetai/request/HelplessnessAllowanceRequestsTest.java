package ch.guichetai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.account.Accounts;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.document.ReceivedDocument;
import ch.guichetai.identity.Actor;
import ch.guichetai.money.Money;
import ch.guichetai.paging.Rows;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Iban;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.testdata.TestHelplessnessAllowance;
import ch.guichetai.validation.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
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
 * Form 318.632.2 sent on the real database by a beneficiary of Bern on 1 December 2026: priced by
 * the server with the canton's rates, stored, read back the same; refused without the hospital's
 * attestation.
 */
@SpringBootTest
class HelplessnessAllowanceRequestsTest {

    private static final CantonCode BE = new CantonCode("be");

    @Autowired
    Requests requests;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @TestBean
    Clock clock;

    static Clock clock() {
        return RequestsTest.clock();
    }

    private Actor berta;

    @BeforeEach
    void aBeneficiaryOfBern() {
        TestDatabase.reset(jdbc);
        berta = TestActors.actor(as(() -> accounts.create(TestAccounts.beneficiary("Berta", "Bern").withEmailVerified(),
                TestBankAccounts.draft(TestBankAccounts.IBAN, "Titulaire"))));
    }

    @Test
    void februaryIsSentPricedAndReadBack() {
        SentRequest sent = as(() -> requests.send(berta, request(TestBeneficiaries.procuration(
                TestHelplessnessAllowance.ATTESTATION, TestBeneficiaries.PDF))));

        assertThat(sent.form()).isEqualTo(InvoiceForm.HELPLESSNESS_ALLOWANCE_MINORS);
        assertThat(sent.total()).isEqualTo(Money.chf("1512.00"));
        assertThat(sent.servicePeriod()).isEqualTo(new ServicePeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(jdbc.queryForObject("select total from request where id = ?", BigDecimal.class, sent.id()))
                .isEqualByComparingTo("1512.00");
        SentRequest read = as(() -> requests.byId(berta, sent.id())).orElseThrow();
        assertThat(read.content()).isEqualTo(TestHelplessnessAllowance.february2026());
        assertThat(read.priced().lines("entries[2].intensiveCare")).extracting(PricedContent.Line::amount)
                .containsExactly(Money.chf("604.80"));
        assertThat(read.documents()).extracting(document -> document.fileName())
                .containsExactly(TestHelplessnessAllowance.ATTESTATION);
        assertThat(as(() -> requests.history(berta, new Rows(0, 10)))).hasSize(1);
    }

    @Test
    void withoutTheHospitalsAttestationNothingIsSent() {
        assertThatThrownBy(() -> as(() -> requests.send(berta, request(TestBeneficiaries.procuration("facture.pdf",
                TestBeneficiaries.PDF)))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .containsOnlyKeys("entries[1].attestation"));
        assertThat(jdbc.queryForObject("select count(*) from request", Integer.class)).isZero();
    }

    private static NewRequest request(ReceivedDocument document) {
        RequestHeader header = new RequestHeader(Optional.empty(), Iban.of(TestBankAccounts.IBAN),
                DecisionNumber.of("302 2025 1000001"), null, false, null);
        return new NewRequest(UUID.randomUUID(), header, TestHelplessnessAllowance.february2026(), List.of(document));
    }

    private static <T> T as(Supplier<T> work) {
        return TenantContext.callAs(BE, work);
    }
}
