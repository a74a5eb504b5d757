package ch.guichetai.office.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.account.Accounts;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.catalogue.DeviceNumber;
import ch.guichetai.company.Companies;
import ch.guichetai.company.Company;
import ch.guichetai.identity.Actor;
import ch.guichetai.money.Money;
import ch.guichetai.request.AssistiveDevices;
import ch.guichetai.request.QueueRow;
import ch.guichetai.request.RequestDecisions;
import ch.guichetai.request.RequestStatus;
import ch.guichetai.request.Requests;
import ch.guichetai.request.SentRequest;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.OwnThread;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.testdata.TestDatabase;
import ch.guichetai.testdata.TestLogins;
import ch.guichetai.testdata.TestRequestReaders;
import ch.guichetai.testdata.TestRequests;
import ch.guichetai.ui.InCanton;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The office's queue on the real services and database: the canton's requests with their columns
 * and the duplicate marker, each filter, a sort, a click to the request's page; Bern's office sees
 * none of Geneva's requests.
 */
@SpringBootTest
@InCanton("ge")
class OfficeQueueViewTest extends SpringBrowserlessTest {

    private static final CantonCode GE = new CantonCode("ge");

    @Autowired
    Accounts accounts;
    @Autowired
    Beneficiaries beneficiaries;
    @Autowired
    Requests requests;
    @Autowired
    RequestDecisions decisions;
    @Autowired
    Companies companies;
    @Autowired
    JdbcTemplate jdbc;
    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneId.of("Europe/Zurich"));
    }

    private TestRequestReaders readers;
    private SentRequest alices;
    private SentRequest pierres;

    /** Alice's assistive device for herself (CHF 18’450); the company's travel request for Pierre Dupont, twice. */
    @BeforeEach
    void requestsOfAPersonAndOfACompany() throws Exception {
        TestDatabase.reset(jdbc);
        // on a thread of its own, free of this test's canton: the people of Geneva and Bern, Geneva's requests
        OwnThread.run(() -> readers = TestRequestReaders.create(accounts, jdbc));
        OwnThread.run(() -> TenantContext.callAs(GE, () -> {
            Actor manager = TestActors.actor(readers.manager());
            long pierre = beneficiaries.create(manager, TestBeneficiaries.form("Dupont", "Pierre", 1)).id();
            pierres = requests.send(manager, OfficeTestRequests.request(Optional.of(pierre), TestRequests.seed004(), null));
            requests.send(manager, OfficeTestRequests.request(Optional.of(pierre), TestRequests.seed004(), null));
            alices = requests.send(TestActors.actor(readers.person()), OfficeTestRequests.request(Optional.empty(),
                    new AssistiveDevices(LocalDate.of(2026, 10, 5), null, AssistiveDevices.Remittance.PURCHASE,
                            new DeviceNumber("10.05"), Money.chf("18450.00"), "Garage du Rhône SA", null), null));
            return null;
        }));
        SecurityContextHolder.getContext().setAuthentication(TestLogins.login(readers.officeGe(), "ge", "ROLE_OFFICE_AGENT"));
        UI.getCurrent().navigate("office/demandes");
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void showsTheCantonsRequestsWithTheirColumnsAndMarksPossibleDuplicates() {
        assertThat(getCurrentView()).isInstanceOf(OfficeQueueView.class);
        assertThat(test(queue()).size()).isEqualTo(3);

        int alice = rowOf(alices.id());
        assertThat(test(queue()).getCellText(alice, 0)).isEqualTo("01.12.2026");
        assertThat(text(alice, "reference")).isEqualTo(alices.reference().toString());
        assertThat(text(alice, "form")).contains("Moyens auxiliaires", "05.10.2026");
        assertThat(text(alice, "beneficiary")).startsWith("Alice Martin");
        assertThat(test(queue()).getCellText(alice, 4)).isEqualTo("Alice Martin");
        assertThat(test(queue()).getCellText(alice, 5)).isEqualTo("CHF 18’450.00");
        assertThat(test(queue()).getCellText(alice, 6)).isEqualTo("En traitement");
        assertThat(text(alice, "duplicate")).isEmpty();

        int pierre = rowOf(pierres.id());
        assertThat(text(pierre, "beneficiary")).contains("Pierre Dupont", TestBeneficiaries.avs(1));
        assertThat(test(queue()).getCellText(pierre, 4)).isEqualTo("Orthopédie Léman SA");
        assertThat(text(pierre, "duplicate")).isEqualTo("Doublon possible");
    }

    @Test
    void theBackOfficeMenuGroupsTheOfficesPagesTheQueueFirst() {
        Div group = find(Div.class).withClassName("app-nav-group").single();

        assertThat(find(Span.class, group).withClassName("app-nav-heading").single().getText()).isEqualTo("Back office");
        assertThat(find(RouterLink.class, group).all()).extracting(RouterLink::getText)
                .containsExactly("Demandes", "Inscriptions d’entreprises");
        assertThat(find(RouterLink.class).all()).as("no Guichet nor Mon compte: office staff have no account")
                .extracting(RouterLink::getText).containsExactly("Demandes", "Inscriptions d’entreprises");
    }

    @Test
    void eachFilterNarrowsTheQueue() {
        TenantContext.callAs(GE, () -> {
            decisions.accept(TestActors.officeAgent("ge"), alices.id());
            return null;
        });
        @SuppressWarnings("unchecked")
        Select<RequestStatus> status = find(Select.class).id("queue-filter-status");
        status.setValue(RequestStatus.ACCEPTED);
        assertThat(ids()).containsExactly(alices.id());
        status.clear();

        @SuppressWarnings("unchecked")
        Select<InvoiceForm> form = find(Select.class).id("queue-filter-form");
        form.setValue(InvoiceForm.TRAVEL_AND_MEALS);
        assertThat(ids()).hasSize(2).doesNotContain(alices.id());
        form.clear();

        TextField beneficiary = find(TextField.class).id("queue-filter-beneficiary");
        beneficiary.setValue("dupont");
        assertThat(ids()).hasSize(2).contains(pierres.id());
        beneficiary.setValue(TestBeneficiaries.avs(1));
        assertThat(ids()).hasSize(2).contains(pierres.id());
        beneficiary.setValue("Martin");
        assertThat(ids()).containsExactly(alices.id());
        beneficiary.clear();

        @SuppressWarnings("unchecked")
        ComboBox<Company> company = find(ComboBox.class).id("queue-filter-company");
        company.setValue(companies.byId(readers.manager().companyId().orElseThrow()).orElseThrow());
        assertThat(ids()).hasSize(2).doesNotContain(alices.id());
        company.clear();

        DatePicker from = find(DatePicker.class).id("queue-filter-from");
        DatePicker to = find(DatePicker.class).id("queue-filter-to");
        to.setValue(LocalDate.of(2026, 12, 1));
        assertThat(ids()).hasSize(3);
        from.setValue(LocalDate.of(2026, 12, 2));
        assertThat(ids()).isEmpty();
        assertThat(queue().getEmptyStateText()).isEqualTo("Aucune demande ne correspond à ces critères.");
    }

    @Test
    void sortingByAmountPutsTheLargestFirst() {
        test(queue()).sortByColumn("total");

        assertThat(test(queue()).getRow(0).id()).isEqualTo(alices.id());
    }

    @Test
    void aClickOpensTheRequest() {
        test(queue()).clickRow(rowOf(pierres.id()));

        assertThat(getCurrentView()).isInstanceOf(OfficeRequestView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("office/demandes/" + pierres.id());
    }

    @Test
    @InCanton("be")
    void bernsOfficeSeesNoneOfGenevasRequests() {
        SecurityContextHolder.getContext().setAuthentication(TestLogins.login(readers.officeBe(), "be", "ROLE_OFFICE_AGENT"));
        UI.getCurrent().navigate("office/demandes");

        assertThat(getCurrentView()).isInstanceOf(OfficeQueueView.class);
        assertThat(test(queue()).size()).isZero();
    }

    @SuppressWarnings("unchecked")
    private Grid<QueueRow> queue() {
        return find(Grid.class).id("office-queue");
    }

    private List<Long> ids() {
        return IntStream.range(0, test(queue()).size()).mapToObj(row -> test(queue()).getRow(row).id()).toList();
    }

    private int rowOf(long id) {
        return ids().indexOf(id);
    }

    private String text(int row, String column) {
        return test(queue()).getCellComponent(row, column).getElement().getTextRecursively();
    }


}
