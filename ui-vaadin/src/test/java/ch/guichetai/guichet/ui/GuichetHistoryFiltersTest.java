package ch.guichetai.guichet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.account.Account;
import ch.guichetai.identity.Actor;
import ch.guichetai.money.Money;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Iban;
import ch.guichetai.request.GenericInvoice;
import ch.guichetai.request.NewRequest;
import ch.guichetai.request.RequestDecisions;
import ch.guichetai.request.RequestHeader;
import ch.guichetai.request.RequestStatus;
import ch.guichetai.request.RequestSummary;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.testdata.TestCompanies;
import ch.guichetai.ui.InCanton;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Guichet's history filters and "Demandes à corriger" (ADR 0035): a company's members filter
 * by beneficiary (name or AVS number), responsible and status, a person by beneficiary; the grid
 * shows only the matching rows; the requests to complete have their section; a row opens its page.
 */
@InCanton("ge")
class GuichetHistoryFiltersTest extends PierreLoggedIn {

    @Autowired
    RequestDecisions decisions;

    private Account manager;
    private Account collaborator;
    private long forDupont;
    private long forRochatByTheCollaborator;
    private long forRochat;

    @BeforeEach
    void aCompanySentThreeRequestsAndTheOfficeAsksToCompleteOne() {
        long company = TestCompanies.approved(jdbc, "ge");
        manager = member(company, Account.CompanyRole.MANAGER, "Gérard", "Léman");
        collaborator = member(company, Account.CompanyRole.COLLABORATOR, "Colette", "Léman");
        Actor managerActor = TestActors.actor(manager);
        long dupont = beneficiaries.create(managerActor, TestBeneficiaries.form("Dupont", "Jean", 1)).id();
        long rochat = beneficiaries.create(managerActor, TestBeneficiaries.form("Rochat", "Marie", 2)).id();
        forDupont = requests.send(managerActor, invoice(Optional.of(dupont), LocalDate.of(2024, 6, 4))).id();
        forRochatByTheCollaborator = requests.send(TestActors.actor(collaborator),
                invoice(Optional.of(rochat), LocalDate.of(2024, 6, 5))).id();
        forRochat = requests.send(managerActor, invoice(Optional.of(rochat), LocalDate.of(2024, 6, 6))).id();
        decisions.askCorrection(TestActors.officeAgent("ge"), forRochatByTheCollaborator, "Joindre la facture");
    }

    @Test
    void aCompanysMemberFiltersByBeneficiaryResponsibleAndStatus() {
        logIn(collaborator, "ge", "ROLE_COMPANY_COLLABORATOR");
        navigate(GuichetView.class);
        assertThat(rows(history())).containsExactly(forRochat, forRochatByTheCollaborator, forDupont);
        assertThat(beneficiaryFilter().getLabel()).isEqualTo("Bénéficiaire");

        beneficiaryFilter().setValue("dup");
        assertThat(rows(history())).containsExactly(forDupont);
        beneficiaryFilter().setValue(TestBeneficiaries.avs(2));
        assertThat(rows(history())).containsExactly(forRochat, forRochatByTheCollaborator);
        beneficiaryFilter().setValue("");

        responsibleFilter().setValue(responsibleFilter().getListDataView().getItems()
                .filter(member -> member.id().equals(manager.id())).findFirst().orElseThrow());
        assertThat(responsibleFilter().getLabel()).isEqualTo("Responsable");
        assertThat(rows(history())).containsExactly(forRochat, forDupont);
        statusFilter().setValue(RequestStatus.TO_COMPLETE);
        assertThat(rows(history())).isEmpty();
        assertThat(history().getEmptyStateText()).isEqualTo("Aucune demande ne correspond à ces critères.");

        responsibleFilter().clear();
        assertThat(rows(history())).containsExactly(forRochatByTheCollaborator);
        statusFilter().clear();
        assertThat(rows(history())).hasSize(3);
    }

    @Test
    void theRequestsToCompleteHaveTheirSectionAndOpenTheirCorrection() {
        logIn(manager, "ge", "ROLE_COMPANY_MANAGER");
        navigate(GuichetView.class);

        Section section = find(Section.class).id("requests-to-correct");
        assertThat(section.getElement().getTextRecursively()).contains("Demandes à corriger");
        Grid<RequestSummary> toCorrect = grid("requests-to-correct-grid");
        assertThat(rows(toCorrect)).containsExactly(forRochatByTheCollaborator);

        test(toCorrect).clickRow(0);
        assertThat(location()).isEqualTo("guichet/demandes/" + forRochatByTheCollaborator + "/correction");
    }

    @Test
    void aRowOpensTheRequestsPage() {
        logIn(manager, "ge", "ROLE_COMPANY_MANAGER");
        navigate(GuichetView.class);

        test(history()).clickRow(2);

        assertThat(location()).isEqualTo("guichet/demandes/" + forDupont);
    }

    @Test
    void aPersonFiltersByBeneficiaryOnlyAndSeesTheSectionWhenTheOfficeAsksToComplete() {
        long own = requests.send(TestActors.actor(pierre), invoice(Optional.empty(), LocalDate.of(2024, 6, 7))).id();
        navigate(GuichetView.class);

        assertThat(find(Section.class).all()).extracting(Section::getId).doesNotContain(Optional.of("requests-to-correct"));
        assertThat(find(ComboBox.class).all()).extracting(ComboBox::getId)
                .doesNotContain(Optional.of("history-filter-responsible"));
        assertThat(find(Select.class).all()).extracting(Select::getId).doesNotContain(Optional.of("history-filter-status"));
        assertThat(rows(history())).as("never the company's").containsExactly(own);
        beneficiaryFilter().setValue("Pierre");
        assertThat(rows(history())).containsExactly(own);
        beneficiaryFilter().setValue("Jean");
        assertThat(rows(history())).isEmpty();

        decisions.askCorrection(TestActors.officeAgent("ge"), own, "Joindre la facture");
        UI.getCurrent().refreshCurrentRoute(true);
        assertThat(rows(grid("requests-to-correct-grid"))).containsExactly(own);
    }

    private Account member(long company, Account.CompanyRole role, String firstName, String lastName) {
        Account member = accounts.create(TestAccounts.member(company, role, firstName, lastName),
                role == Account.CompanyRole.MANAGER ? TestBankAccounts.draft("Léman SA") : null);
        accounts.markEmailVerified(member.id());
        return member;
    }

    private static NewRequest invoice(Optional<Long> beneficiary, LocalDate day) {
        return new NewRequest(UUID.randomUUID(),
                new RequestHeader(beneficiary, Iban.of(TestBankAccounts.IBAN), DecisionNumber.of("325 2025 1000896"),
                        null, false, null),
                new GenericInvoice(day, null, "Dr Martin", "F-1", day, Money.chf("80.00"), "Consultation"),
                List.of(TestBeneficiaries.procuration("facture.pdf", TestBeneficiaries.PDF)));
    }

    private List<Long> rows(Grid<RequestSummary> grid) {
        var rows = test(grid);
        return IntStream.range(0, rows.size()).mapToObj(row -> rows.getRow(row).id()).toList();
    }

    private Grid<RequestSummary> history() {
        return grid("request-history");
    }

    @SuppressWarnings("unchecked")
    private Grid<RequestSummary> grid(String id) {
        return find(Grid.class).id(id);
    }

    private TextField beneficiaryFilter() {
        return find(TextField.class).id("history-filter-beneficiary");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Account> responsibleFilter() {
        return find(ComboBox.class).id("history-filter-responsible");
    }

    @SuppressWarnings("unchecked")
    private Select<RequestStatus> statusFilter() {
        return find(Select.class).id("history-filter-status");
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
