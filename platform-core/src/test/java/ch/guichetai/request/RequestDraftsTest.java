package ch.guichetai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.NewAccount;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.identity.Actor;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Iban;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestCompanies;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.validation.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
 * Drafts on the real database: saved by the page's submission key (created, then replaced), listed
 * last saved first, opened with every value as typed, deleted by the user or by sending; the owner
 * only (the person, or every member of the company) sees them, office staff and anyone else none.
 */
@SpringBootTest
class RequestDraftsTest {

    private static final CantonCode GE = new CantonCode("ge");
    private static final CantonCode BE = new CantonCode("be");

    @Autowired
    RequestDrafts drafts;
    @Autowired
    Requests requests;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    /** 1 December 2026, as in {@link RequestsTest}. */
    @TestBean(methodName = "ch.guichetai.request.RequestsTest#clock")
    Clock clock;

    private Actor alice;
    private Actor bob;
    private Actor manager;
    private Actor collaborator;
    private Actor otherCompany;

    @BeforeEach
    void peopleAndCompaniesOfGeneva() {
        TestDatabase.reset(jdbc);
        alice = verified(TestAccounts.beneficiary("Alice", "Martin"));
        bob = verified(TestAccounts.beneficiary("Bob", "Favre"));
        long company = TestCompanies.approved(jdbc, "ge");
        manager = verified(TestAccounts.member(company, Account.CompanyRole.MANAGER, "Gérard", "Léman"));
        collaborator = verified(TestAccounts.member(company, Account.CompanyRole.COLLABORATOR, "Colette", "Léman"));
        long other = TestCompanies.approved(jdbc, "ge");
        otherCompany = verified(TestAccounts.member(other, Account.CompanyRole.MANAGER, "Oscar", "Autre"));
    }

    @Test
    void aDraftIsSavedByItsKeyListedOpenedAndDeleted() {
        UUID key = UUID.randomUUID();
        DraftSummary first = as(GE, () -> drafts.save(alice, InvoiceForm.TRAVEL_AND_MEALS, key, typed("12,"))).orElseThrow();
        assertThat(first.form()).isEqualTo(InvoiceForm.TRAVEL_AND_MEALS);
        assertThat(first.updatedAt()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));

        DraftSummary again = as(GE, () -> drafts.save(alice, InvoiceForm.TRAVEL_AND_MEALS, key, typed("12,50"))).orElseThrow();
        assertThat(again.id()).as("one draft per key").isEqualTo(first.id());
        assertThat(jdbc.queryForObject("select version from request_draft where id = ?", Integer.class, first.id()))
                .isEqualTo(1);
        long other = as(GE, () -> drafts.save(alice, InvoiceForm.GENERIC_INVOICE, UUID.randomUUID(), typed("3"))).orElseThrow().id();
        assertThat(as(GE, () -> drafts.list(alice))).extracting(DraftSummary::id).containsExactly(other, first.id());

        RequestDraft opened = as(GE, () -> drafts.open(alice, first.id())).orElseThrow();
        assertThat(opened.submissionKey()).isEqualTo(key);
        assertThat(opened.state()).isEqualTo(typed("12,50"));
        assertThat(opened.state().text("iban")).isEqualTo("CH93 0076 2011");
        assertThat(opened.state().rows("trips")).hasSize(2);
        assertThat(opened.state().rows("trips").get(1)).containsEntry("kilometres", null);
        assertThat(opened.state().texts("days.LODGING")).containsExactly("2022-06-06", "2022-06-07");

        assertThat(as(GE, () -> drafts.delete(alice, first.id()))).isTrue();
        assertThat(as(GE, () -> drafts.open(alice, first.id()))).isEmpty();
        assertThat(as(GE, () -> drafts.delete(alice, first.id()))).isFalse();
        assertThat(as(GE, () -> drafts.list(alice))).extracting(DraftSummary::id).containsExactly(other);
    }

    @Test
    void sendingDeletesTheDraftOfItsKeyAndALateSaveDoesNotBringItBack() {
        UUID key = UUID.randomUUID();
        long id = as(GE, () -> drafts.save(alice, InvoiceForm.TRAVEL_AND_MEALS, key, typed("12,"))).orElseThrow().id();
        as(GE, () -> drafts.save(alice, InvoiceForm.GENERIC_INVOICE, UUID.randomUUID(), typed("3")));
        NewRequest request = new NewRequest(key, new RequestHeader(Optional.empty(), Iban.of(TestBankAccounts.IBAN),
                DecisionNumber.of("325 2025 1000896"), null, false, null), PricingTest.seed004(), List.of());

        as(GE, () -> requests.send(alice, request));

        assertThat(as(GE, () -> drafts.open(alice, id))).isEmpty();
        assertThat(as(GE, () -> drafts.list(alice))).hasSize(1);
        assertThat(as(GE, () -> drafts.save(alice, InvoiceForm.TRAVEL_AND_MEALS, key, typed("12,")))).isEmpty();
        assertThat(as(GE, () -> drafts.list(alice))).hasSize(1);
    }

    @Test
    void onlyTheOwnerSeesADraftAndEveryMemberOfACompany() {
        long alices = as(GE, () -> drafts.save(alice, InvoiceForm.TRAVEL_AND_MEALS, UUID.randomUUID(), typed("1"))).orElseThrow().id();
        UUID companyKey = UUID.randomUUID();
        long companys = as(GE, () -> drafts.save(manager, InvoiceForm.TRAVEL_AND_MEALS, companyKey, typed("2"))).orElseThrow().id();

        assertThat(as(GE, () -> drafts.list(collaborator))).extracting(DraftSummary::id).containsExactly(companys);
        assertThat(as(GE, () -> drafts.open(collaborator, companys))).isPresent();
        assertThat(as(GE, () -> drafts.save(collaborator, InvoiceForm.TRAVEL_AND_MEALS, companyKey, typed("3"))).orElseThrow().id())
                .as("a colleague goes on with the company's draft").isEqualTo(companys);

        for (Actor stranger : List.of(bob, otherCompany, TestActors.officeAgent("ge"), TestActors.officeAdmin("ge"))) {
            assertThat(as(GE, () -> drafts.list(stranger))).as(stranger.subject()).isEmpty();
            assertThat(as(GE, () -> drafts.open(stranger, alices))).as(stranger.subject()).isEmpty();
            assertThat(as(GE, () -> drafts.open(stranger, companys))).as(stranger.subject()).isEmpty();
            assertThat(as(GE, () -> drafts.delete(stranger, alices))).as(stranger.subject()).isFalse();
            assertThatThrownBy(() -> as(GE, () -> drafts.save(stranger, InvoiceForm.TRAVEL_AND_MEALS, companyKey, typed("4"))))
                    .as(stranger.subject()).isInstanceOf(Actor.NotAllowedException.class);
        }
        Actor aliceInBern = TestActors.actorOfCanton(account(alice), "be");
        assertThat(as(GE, () -> drafts.list(aliceInBern))).as("logged in on another canton's portal").isEmpty();
        assertThat(as(GE, () -> drafts.open(aliceInBern, alices))).isEmpty();
        assertThat(as(BE, () -> drafts.list(TestActors.officeAgent("be")))).isEmpty();
        assertThat(as(BE, () -> drafts.open(aliceInBern, alices))).as("another canton's rows").isEmpty();
        assertThat(as(GE, () -> drafts.open(alice, companys))).isEmpty();
        assertThat(as(GE, () -> drafts.open(manager, alices))).isEmpty();
        assertThat(as(GE, () -> drafts.list(alice))).extracting(DraftSummary::id).containsExactly(alices);
    }

    @Test
    void anOwnerKeepsAtMostFiftyDrafts() {
        for (int i = 0; i < RequestDrafts.MAX_DRAFTS; i++) {
            as(GE, () -> drafts.save(bob, InvoiceForm.GENERIC_INVOICE, UUID.randomUUID(), typed("1")));
        }
        assertThatThrownBy(() -> as(GE, () -> drafts.save(bob, InvoiceForm.GENERIC_INVOICE, UUID.randomUUID(), typed("1"))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems().get(RequestDrafts.DRAFT)
                        .messageKey()).isEqualTo("invalid.request.draft.too-many"));
        assertThat(as(GE, () -> drafts.list(bob))).hasSize(RequestDrafts.MAX_DRAFTS);
        assertThat(as(GE, () -> drafts.save(alice, InvoiceForm.GENERIC_INVOICE, UUID.randomUUID(), typed("1")))).isPresent();
    }

    @Test
    void aStateHoldsTextsListsOfTextsAndRowsOnly() {
        assertThatThrownBy(() -> new DraftState(Map.of("amount", 12))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DraftState(Map.of("trips", List.of(Map.of("km", 3)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** What a page holds half-typed: an incomplete IBAN and amount, a trip row, ticked days. */
    private static DraftState typed(String amount) {
        java.util.Map<String, String> car = new java.util.LinkedHashMap<>();
        car.put("ticketType", "CAR");
        car.put("kilometres", null);
        return new DraftState(Map.of("iban", "CH93 0076 2011", "remarks", "<b>à suivre</b>",
                "trips", List.of(Map.of("start", "2022-06-06", "ticketAmount", amount), car),
                "days.LODGING", List.of("2022-06-06", "2022-06-07")));
    }

    private Actor verified(NewAccount account) {
        return TestActors.actor(as(GE, () -> accounts.create(account.withEmailVerified(),
                TestBankAccounts.draft(TestBankAccounts.IBAN, "Titulaire"))));
    }

    private Account account(Actor actor) {
        return as(actor.canton(), () -> accounts.byId(actor.accountId().orElseThrow()).orElseThrow());
    }

    private static <T> T as(CantonCode canton, Supplier<T> work) {
        return TenantContext.callAs(canton, work);
    }
}
