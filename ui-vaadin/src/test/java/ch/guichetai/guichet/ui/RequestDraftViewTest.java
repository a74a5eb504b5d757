package ch.guichetai.guichet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.request.DraftState;
import ch.guichetai.request.RequestDrafts;
import ch.guichetai.request.TicketType;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.ui.InCanton;
import ch.guichetai.ui.NotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drafts from the pages (ADR 0028): typing in a form saves its draft and says so; the Guichet lists
 * it, "Reprendre" brings back every value (header, trips with a companion, ticked days) and sending
 * it then deletes it; "Supprimer" asks first; another person's draft is not found.
 */
@InCanton("ge")
class RequestDraftViewTest extends PierreLoggedIn {

    @Autowired
    RequestDrafts drafts;

    @Test
    void typingInTheTravelFormSavesADraftAndSaysWhen() {
        UI.getCurrent().navigate(RequestViewTest.TRAVEL);
        assertThat(drafts()).isZero();
        assertThat(find(RequestFrame.class).single().getElement().getTextRecursively())
                .contains("Votre saisie est enregistrée comme brouillon", "joignez-les à nouveau");

        textField("trip-0-purpose").setValue("Hôpital");

        assertThat(drafts()).isEqualTo(1);
        Span status = find(Span.class).id("draft-status");
        assertThat(status.getText()).matches("Brouillon enregistré à \\d\\d:\\d\\d");
        assertThat(status.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(state()).contains("Hôpital");
    }

    @Test
    void aChangeWithinFiveSecondsIsSavedLaterOrWhenLeavingThePage() {
        UI.getCurrent().navigate(RequestViewTest.TRAVEL);
        textField("trip-0-purpose").setValue("Hôpital");
        textField("trip-0-from").setValue("Genève");
        assertThat(state()).as("saved at most every 5 seconds").contains("Hôpital").doesNotContain("Genève");

        find(RequestFrame.class).single().saveDraftLater(); // the browser's call 5 seconds later
        assertThat(state()).contains("Genève");

        textField("trip-0-to").setValue("Berne");
        navigate(GuichetView.class);
        assertThat(state()).as("saved when leaving").contains("Berne");
    }

    @Test
    void aDraftResumedFromTheGuichetHasEveryValueBackAndSendingItDeletesIt() {
        UI.getCurrent().navigate(RequestViewTest.TRAVEL);
        fill();
        find(RequestFrame.class).single().saveDraft(); // the last changes, saved a few seconds later in a browser
        long id = jdbc.queryForObject("select id from request_draft", Long.class);

        navigate(GuichetView.class);
        assertThat(find(DraftList.class).single().getElement().getTextRecursively())
                .contains("Brouillons", "Facture pour frais de voyage et nourriture - 318.632.1", "Enregistré : ", "Reprendre");
        RouterLink resume = find(RouterLink.class).id("draft-" + id + "-resume");
        assertThat(resume.getHref()).isEqualTo("guichet/demande/318.632.1?brouillon=" + id);
        UI.getCurrent().navigate(RequestViewTest.TRAVEL, QueryParameters.simple(Map.of(RequestView.DRAFT, String.valueOf(id))));

        assertThat(decisionNumber().getValue()).isEqualTo(RequestViewTest.DECISION);
        assertThat(find(TextArea.class).id("remarks").getValue()).isEqualTo("Billet acheté au guichet");
        assertThat(find(DatePicker.class).id("trip-0-start").getValue()).isEqualTo(LocalDate.of(2022, 6, 6));
        assertThat(textField("trip-0-purpose").getValue()).isEqualTo("Hôpital");
        assertThat(textField("trip-0-to").getValue()).isEqualTo("Berne");
        @SuppressWarnings("unchecked")
        Select<TicketType> ticket = find(Select.class).id("trip-0-ticketType");
        assertThat(ticket.getValue()).isEqualTo(TicketType.RETURN);
        assertThat(find(TripEntry.class).all()).hasSize(2);
        assertThat(textField("trip-1-ticketAmount").getValue()).as("the companion's amount").isEqualTo("51.00");
        assertThat(find(DatePicker.class).id("meals-to").getValue()).isEqualTo(LocalDate.of(2022, 6, 10));
        assertThat(find(Checkbox.class).id("day-five_to_eight_hours-2022-06-08").getValue()).isTrue();
        assertThat(find(Checkbox.class).id("day-over_eight_hours-2022-06-09").getValue()).isFalse();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("total-trips").getText())
                .isEqualTo("Total frais de voyage : CHF 153.00");

        test(find(Button.class).id("send-request")).click();
        test(find(Button.class).id("confirm-send")).click();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("request-sent-text").getText()).contains("CHF 210.50");
        assertThat(drafts()).as("sent with the draft's key").isZero();
    }

    @Test
    void anAmountHalfTypedIsKeptAsTyped() {
        UI.getCurrent().navigate(RequestViewTest.INVOICE);
        textField("amount").setValue("12,");
        long id = jdbc.queryForObject("select id from request_draft", Long.class);

        UI.getCurrent().navigate(RequestViewTest.INVOICE, QueryParameters.simple(Map.of(RequestView.DRAFT, String.valueOf(id))));
        assertThat(textField("amount").getValue()).isEqualTo("12,");

        UI.getCurrent().navigate(RequestViewTest.TRAVEL, QueryParameters.simple(Map.of(RequestView.DRAFT, String.valueOf(id))));
        assertThat(getCurrentView()).as("another form's draft").isInstanceOf(NotFoundView.class);
    }

    @Test
    void anotherPersonsDraftIsNotFound() {
        var paul = accounts.create(TestAccounts.beneficiary("Paul", "Martin"), TestBankAccounts.draft("Paul Martin"));
        long id = drafts.save(TestActors.actor(paul), InvoiceForm.TRAVEL_AND_MEALS, UUID.randomUUID(),
                new DraftState(Map.of("remarks", "de Paul"))).orElseThrow().id();

        UI.getCurrent().navigate(RequestViewTest.TRAVEL, QueryParameters.simple(Map.of(RequestView.DRAFT, String.valueOf(id))));
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate(GuichetView.class);
        assertThat(find(DraftList.class).all()).as("no draft of Pierre's: not shown").isEmpty();
    }

    @Test
    void aDraftIsDeletedFromTheGuichetAfterConfirmation() {
        long id = drafts.save(TestActors.actor(pierre), InvoiceForm.GENERIC_INVOICE, UUID.randomUUID(),
                new DraftState(Map.of("amount", "12,"))).orElseThrow().id();
        navigate(GuichetView.class);
        assertThat(find(DraftList.class).single().isVisible()).isTrue();

        test(find(Button.class).id("draft-" + id + "-delete")).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("message")).contains("Facture - 318.632");
        test(confirm).confirm();

        assertThat(drafts()).isZero();
        assertThat(find(DraftList.class).all()).as("none left: not shown").isEmpty();
    }

    /** Seed 004 with a companion and remarks. */
    private void fill() {
        fillSeed004();
        find(TextArea.class).id("remarks").setValue("Billet acheté au guichet");
        test(find(Button.class).id("trip-0-add-companion")).click();
        textField("trip-1-ticketAmount").setValue("51.00");
    }

    private String state() {
        return jdbc.queryForObject("select state from request_draft", String.class);
    }

    private long drafts() {
        return jdbc.queryForObject("select count(*) from request_draft", Long.class);
    }
}
