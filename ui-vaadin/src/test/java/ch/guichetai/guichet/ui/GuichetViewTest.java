package ch.guichetai.guichet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.account.Account;
import ch.guichetai.identity.Actor;
import ch.guichetai.money.Money;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Iban;
import ch.guichetai.request.GenericInvoice;
import ch.guichetai.request.NewRequest;
import ch.guichetai.request.RequestHeader;
import ch.guichetai.request.RequestSummary;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.ui.InCanton;
import ch.guichetai.ui.MainLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Guichet as the seeds lay it out: the history "Mes demandes de remboursement" (empty text,
 * newest first, the company's requests for each of its members), "Sélectionner une facture" with
 * the seeds' titles in the canton's language, the name menu and "Nouvelle facture" of companies.
 */
@InCanton("ge")
class GuichetViewTest extends PierreLoggedIn {

    @Test
    void withoutRequestsTheHistorySaysSoAndEachFormOfTheCantonIsListedByItsTitle() {
        navigate(GuichetView.class);

        assertThat(history().getEmptyStateText()).isEqualTo("Aucune demande enregistrée !");
        assertThat(test(history()).size()).isZero();
        assertThat(find(RouterLink.class).id("form-318.632.1").getText())
                .isEqualTo("Facture pour frais de voyage et nourriture - 318.632.1");
        assertThat(find(RouterLink.class).id("form-318.632").getText()).isEqualTo("Facture - 318.632");
        assertThat(find(RouterLink.class).id("form-318.632.1").getHref()).isEqualTo("guichet/demande/318.632.1");
        assertThat(find(RouterLink.class).id("form-300.001").getText()).isEqualTo("Facture pour appareillage auditif - 300.001");
        assertThat(find(RouterLink.class).id("form-318.632.2").getText()).startsWith("Facture pour l’allocation pour impotent");
        assertThat(find(RouterLink.class).id("form-318.536").getText())
                .isEqualTo("Facture pour la contribution d’assistance - 318.536");
        assertThat(find(RouterLink.class).id("form-318.635-639").getText()).isEqualTo("Moyens auxiliaires - 318.635-639");
        assertThat(find(Button.class).id("my-account").getText()).isEqualTo("Mon compte");
        assertThat(find(MainLayout.class).single().getElement().getTextRecursively()).doesNotContain("Nouvelle facture");
    }

    @Test
    @InCanton("be")
    void inBernTheFormsHaveTheIvsGermanTitles() {
        logIn(pierre, "be", "ROLE_BENEFICIARY");
        navigate(GuichetView.class);

        assertThat(find(RouterLink.class).id("form-318.632.1").getText())
                .isEqualTo("Rechnung für Reise- und Verpflegungskosten - 318.632.1");
        assertThat(find(RouterLink.class).id("form-318.632").getText()).isEqualTo("Rechnung - 318.632");
        assertThat(history().getEmptyStateText()).isEqualTo("Keine Anträge erfasst!");
    }

    @Test
    void theHistoryShowsTheRequestsNewestFirstWithTheirStatusTotalAndPdfCopy() {
        Actor actor = TestActors.actor(pierre);
        requests.send(actor, invoice(LocalDate.of(2024, 6, 4), "80.00"));
        long newest = requests.send(actor, invoice(LocalDate.of(2024, 7, 1), "120.50")).id();

        navigate(GuichetView.class);

        var rows = test(history());
        assertThat(rows.size()).isEqualTo(2);
        RequestSummary first = rows.getRow(0);
        assertThat(first.id()).isEqualTo(newest);
        assertThat(rows.getCellText(0, rows.getColumnPosition("total"))).isEqualTo("CHF 120.50");
        assertThat(rows.getCellComponent(0, "form").getElement().getTextRecursively())
                .contains("Facture - 318.632", "01.07.2024", first.reference().toString());
        assertThat(rows.getCellComponent(0, "status").getElement().getTextRecursively()).isEqualTo("En traitement");
        assertThat(((Anchor) rows.getCellComponent(0, "pdf")).getHref()).isEqualTo("/requests/" + newest + "/copy.pdf");
        assertThat(rows.getCellText(1, rows.getColumnPosition("total"))).isEqualTo("CHF 80.00");
    }

    @Test
    void aCompanyMemberHasNouvelleFactureInTheHeaderOpeningTheListOfForms() {
        long company = ch.guichetai.testdata.TestCompanies.approved(jdbc, "ge");
        Account member = accounts.create(TestAccounts.member(company, Account.CompanyRole.COLLABORATOR, "Zoé", "Aebi"), null);
        accounts.markEmailVerified(member.id());
        logIn(member, "ge", "ROLE_COMPANY_COLLABORATOR");
        navigate(GuichetView.class);

        test(find(Button.class).id("new-invoice")).click();

        var dialog = find(com.vaadin.flow.component.dialog.Dialog.class).id("new-invoice-dialog");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(find(RouterLink.class, dialog).all()).extracting(RouterLink::getText)
                .containsExactly("Moyens auxiliaires - 318.635-639",
                        "Facture pour l’allocation pour impotent (API) et supplément pour soins intenses (SSI) pour mineurs - 318.632.2",
                        "Facture pour appareillage auditif - 300.001",
                        "Facture pour la contribution d’assistance - 318.536",
                        "Facture pour frais de voyage et nourriture - 318.632.1", "Facture - 318.632");
    }

    @Test
    void theNameAtTheTopRightOpensGuichetMonCompteAndDeconnexion() {
        navigate(GuichetView.class);

        var menu = find(com.vaadin.flow.component.menubar.MenuBar.class).id("user-menu");
        assertThat(menu.getItems().getFirst().getElement().getTextRecursively()).contains(pierre.email().value());
        assertThat(menu.getItems().getFirst().getSubMenu().getItems())
                .extracting(item -> item.getElement().getTextRecursively())
                .containsExactly("Guichet", "Mon compte", "Déconnexion");
    }

    private NewRequest invoice(LocalDate day, String amount) {
        return new NewRequest(UUID.randomUUID(),
                new RequestHeader(Optional.empty(), Iban.of(TestBankAccounts.IBAN), DecisionNumber.of("325 2025 1000896"),
                        null, false, null),
                new GenericInvoice(day, null, "Dr Martin", "F-1", day, Money.chf(amount), "Consultation"),
                List.of(TestBeneficiaries.procuration("facture.pdf", TestBeneficiaries.PDF)));
    }

    @SuppressWarnings("unchecked")
    private Grid<RequestSummary> history() {
        return find(Grid.class).id("request-history");
    }
}
