package ch.guichetai.request;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.document.ReceivedDocument;
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
import ch.guichetai.testdata.TestHearingAids;
import ch.guichetai.validation.InvalidInputException;
import ch.guichetai.validation.Problem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Form 300.001 sent and read back on the real database, on 1 December 2026, with Geneva's flat
 * rates, and the server's checks of its sections (ADR 0032).
 */
@SpringBootTest
class HearingAidsRequestsTest {

    private static final CantonCode GE = new CantonCode("ge");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Autowired
    Requests requests;
    @Autowired
    ch.guichetai.account.Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneId.of("Europe/Zurich"));
    }

    private Actor alice;

    @BeforeEach
    void aPersonOfGeneva() {
        TestDatabase.reset(jdbc);
        alice = TestActors.actor(as(() -> accounts.create(TestAccounts.beneficiary("Alice", "Martin").withEmailVerified(),
                TestBankAccounts.draft(TestBankAccounts.IBAN, "Titulaire"))));
    }

    @Test
    void bothEarsAboveTheFlatAndBatteriesAreSentAndReadBack() {
        SentRequest sent = as(() -> requests.send(alice, request(TestHearingAids.bothEarsAndBatteries(),
                List.of(pdf("facture.pdf")))));

        assertThat(sent.total()).isEqualTo(Money.chf("1730.00"));
        assertThat(sent.form()).isEqualTo(InvoiceForm.HEARING_AIDS);
        assertThat(sent.servicePeriod()).isEqualTo(new ServicePeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30)));
        SentRequest read = as(() -> requests.byId(alice, sent.id())).orElseThrow();
        assertThat(read.content()).isEqualTo(TestHearingAids.bothEarsAndBatteries());
        assertThat(read.priced().lines("fitting")).extracting(PricedContent.Line::amount)
                .containsExactly(Money.chf("1650.00"));
        assertThat(read.total()).isEqualTo(Money.chf("1730.00"));
    }

    @Test
    void batteriesAloneNeedNoReceipt() {
        HearingAids batteries = new HearingAids(null, null, TestHearingAids.bothEarsAndBatteries().batteries(), null, null);

        assertThat(as(() -> requests.send(alice, request(batteries, List.of()))).total()).isEqualTo(Money.chf("80.00"));
    }

    @Test
    void atLeastOneSection() {
        assertThat(problems(new HearingAids(null, null, null, null, null), List.of()))
                .containsEntry(HearingAids.SECTIONS, "invalid.hearing.no-section");
    }

    @Test
    void theServerChecksEverySection() {
        HearingSection future = new HearingSection(TODAY.plusDays(1), null, HearingType.FITTING_ONE_EAR, Money.chf("800.00"));
        HearingSection otherSectionsType = new HearingSection(TODAY, null, HearingType.FITTING_ONE_EAR, Money.chf("100000.01"));
        // 29.02.2024 + 1 year = 28.02.2025: a year of batteries ends on 27.02.2025 at the latest
        HearingSection twoYears = new HearingSection(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28),
                HearingType.BATTERIES_ONE_EAR, Money.chf("40.00"));
        HearingSection backwards = new HearingSection(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1),
                HearingType.BONE_ANCHORED, Money.ZERO);
        HearingSection empty = new HearingSection(null, null, null, null);
        HearingAids hearing = new HearingAids(future, otherSectionsType, twoYears, backwards, empty);

        assertThat(problems(hearing, List.of()))
                .containsEntry("fitting.from", "invalid.date.future")
                .containsEntry("repairs.type", "invalid.hearing.type")
                .containsEntry("repairs.amount", "invalid.amount.too-large")
                .containsEntry("batteries.to", "invalid.hearing.batteries-one-year")
                .containsEntry("implants.to", ServicePeriod.END_BEFORE_START)
                .containsEntry("implants.amount", "invalid.amount.not-positive")
                .containsEntry("hardship.from", Problem.required().messageKey())
                .containsEntry("hardship.type", Problem.required().messageKey())
                .containsEntry("hardship.amount", Problem.required().messageKey())
                .containsEntry("documents", "invalid.hearing.invoice-required")
                .doesNotContainKey(HearingAids.SECTIONS);
    }

    @Test
    void aYearOfBatteriesEndsTheDayBeforeItsAnniversary() {
        HearingSection year = new HearingSection(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 27),
                HearingType.BATTERIES_ONE_EAR, Money.chf("40.00"));

        assertThat(as(() -> requests.send(alice, request(new HearingAids(null, null, year, null, null), List.of())))
                .total()).isEqualTo(Money.chf("40.00"));
    }

    private NewRequest request(HearingAids hearing, List<ReceivedDocument> documents) {
        RequestHeader header = new RequestHeader(Optional.empty(), Iban.of(TestBankAccounts.IBAN),
                DecisionNumber.of("325 2025 1000896"), null, false, null);
        return new NewRequest(UUID.randomUUID(), header, hearing, documents);
    }

    private Map<String, String> problems(HearingAids hearing, List<ReceivedDocument> documents) {
        try {
            as(() -> requests.send(alice, request(hearing, documents)));
        } catch (InvalidInputException e) {
            return e.problems().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().messageKey()));
        }
        throw new AssertionError("the request was sent");
    }

    private static ReceivedDocument pdf(String name) {
        return TestBeneficiaries.procuration(name, TestBeneficiaries.PDF);
    }

    private static <T> T as(Supplier<T> work) {
        return TenantContext.callAs(GE, work);
    }
}
