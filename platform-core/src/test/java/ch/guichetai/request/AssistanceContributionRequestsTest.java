package ch.guichetai.request;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.account.Accounts;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.identity.Actor;
import ch.guichetai.money.Money;
import ch.guichetai.paging.Rows;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Iban;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.validation.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Form 318.536 sent and read back on the real database on 1 December 2026 (as {@link RequestsTest}):
 * priced again by the server with the month's rates, its month as the service period in the
 * history, the months it may bill, and its checks refusing the whole request.
 */
@SpringBootTest
class AssistanceContributionRequestsTest {

    private static final CantonCode VS = new CantonCode("vs");

    @Autowired
    Requests requests;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @TestBean(methodName = "ch.guichetai.request.RequestsTest#clock")
    Clock clock;

    private Actor jeanne;

    @BeforeEach
    void jeanneOfValais() {
        TestDatabase.reset(jdbc);
        jeanne = TestActors.actor(as(() -> accounts.create(TestAccounts.beneficiary("Jeanne", "Rey").withEmailVerified(),
                TestBankAccounts.draft(TestBankAccounts.IBAN, "Jeanne Rey"))));
    }

    /**
     * November 2026: 120.5 h × 35.30 = 4253.65, 10 h × 52.95 = 529.50, 4 nights × 160.00 = 640.00,
     * 3 shared nights × 90.00 = 270.00, salary while ill 300.00: CHF 5993.15.
     */
    @Test
    void aMonthIsSentPricedByTheServerAndReadBackWithItsMonthAsPeriod() {
        AssistanceContribution november = november(Money.chf("160.00"));

        SentRequest sent = as(() -> requests.send(jeanne, request(november)));

        assertThat(sent.reference()).hasToString("VS-2026-000001");
        assertThat(sent.total()).isEqualTo(Money.chf("5993.15"));
        assertThat(sent.form()).isEqualTo(InvoiceForm.ASSISTANCE_CONTRIBUTION);
        assertThat(sent.servicePeriod()).isEqualTo(new ServicePeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(jdbc.queryForObject("select total from request where id = ?", BigDecimal.class, sent.id()))
                .isEqualByComparingTo("5993.15");
        SentRequest read = as(() -> requests.byId(jeanne, sent.id())).orElseThrow();
        assertThat(read.content()).isEqualTo(november);
        assertThat(read.priced().lines(AssistanceContribution.ROW_STANDARD).getFirst().amount())
                .isEqualTo(Money.chf("4253.65"));
        assertThat(as(() -> requests.history(jeanne, new Rows(0, 10)))).singleElement().satisfies(summary -> {
            assertThat(summary.form()).isEqualTo(InvoiceForm.ASSISTANCE_CONTRIBUTION);
            assertThat(summary.servicePeriod().from()).isEqualTo(LocalDate.of(2026, 11, 1));
            assertThat(summary.servicePeriod().to()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(summary.total()).isEqualTo(Money.chf("5993.15"));
        });
    }

    @Test
    void theFormOffersTheCurrentMonthAndTheTwelveBefore() {
        List<YearMonth> months = as(() -> requests.billableMonths());

        assertThat(months).hasSize(13).startsWith(YearMonth.of(2026, 12)).endsWith(YearMonth.of(2025, 12));
    }

    @Test
    void aNightRateAboveTheMaximumAndAMonthTooOldAreRefusedAndNothingIsStored() {
        Map<String, String> problems = problems(request(november(Money.chf("169.15"))));
        AssistanceContribution old = new AssistanceContribution(YearMonth.of(2025, 11), BigDecimal.TEN, null, null,
                null, List.of(), null, null, null, null);

        assertThat(problems).containsExactly(Map.entry("nightRate", "invalid.assistance.night-rate"));
        assertThat(problems(request(old))).containsExactly(Map.entry("month", "invalid.assistance.month-too-old"));
        assertThat(jdbc.queryForObject("select count(*) from request", Integer.class)).isZero();
    }

    private static AssistanceContribution november(Money nightRate) {
        return new AssistanceContribution(YearMonth.of(2026, 11), new BigDecimal("120.5"), BigDecimal.TEN, 4, nightRate,
                List.of(new SharedNights(2, 3, Money.chf("90.00")), new SharedNights(null, null, null)),
                Money.chf("300.00"), null, null, null);
    }

    private static NewRequest request(AssistanceContribution content) {
        RequestHeader header = new RequestHeader(Optional.empty(), Iban.of(TestBankAccounts.IBAN),
                DecisionNumber.of("323 2025 1000896"), null, false, null);
        return new NewRequest(UUID.randomUUID(), header, content, List.of());
    }

    private Map<String, String> problems(NewRequest request) {
        try {
            as(() -> requests.send(jeanne, request));
        } catch (InvalidInputException e) {
            return e.problems().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().messageKey()));
        }
        throw new AssertionError("the request was sent");
    }

    private static <T> T as(Supplier<T> work) {
        return TenantContext.callAs(VS, work);
    }
}
