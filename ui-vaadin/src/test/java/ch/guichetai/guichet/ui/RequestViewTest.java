package ch.guichetai.guichet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.guichetai.account.Account;
import ch.guichetai.request.TicketType;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.ui.InCanton;
import ch.guichetai.ui.NotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The form pages of a person with a confirmed e-mail: the seed 004 example sent through the travel
 * form (live totals, confirmation, success with the reference and the PDF copy), each field's
 * message, the confirmation's "Annuler l'envoi" keeping everything, a refused file, and who may
 * open the pages at all.
 */
@InCanton("ge")
class RequestViewTest extends PierreLoggedIn {

    static final String TRAVEL = "guichet/demande/318.632.1";
    static final String INVOICE = "guichet/demande/318.632";
    static final String DECISION = "325 2025 1000896";

    @Test
    void theSeed004ExampleIsPricedLiveConfirmedAndSentWithItsReferenceAndPdfCopy() {
        UI.getCurrent().navigate(TRAVEL);
        assertThat(text()).contains("Facture pour frais de voyage et nourriture", "Formulaire n° 318.632.1",
                "Informations personnelles", "Décompte", "Frais de voyage", "Nourriture / Logement", "Précision",
                "Bons de voyage");
        assertThat(decisionNumber().getLabel()).isEqualTo("Numéro de décision");
        assertThat(decisionNumber().getHelperText())
                .isEqualTo("Vous trouverez le numéro de décision sur votre communication d’octroi.");
        assertThat(iban().getValue().iban().formatted()).as("the one account is chosen").isEqualTo(TestBankAccounts.IBAN);
        fillSeed004();

        assertThat(cell("meals-count-five_to_eight_hours")).isEqualTo("5");
        assertThat(cell("meals-rate-five_to_eight_hours")).isEqualTo("11.50");
        assertThat(cell("meals-amount-five_to_eight_hours")).isEqualTo("CHF 57.50");
        assertThat(cell("meals-count-over_eight_hours")).isEqualTo("0");
        assertThat(cell("total-meals")).isEqualTo("CHF 57.50");
        assertThat(cell("total-general")).isEqualTo("CHF 159.50");
        test(find(Upload.class).single()).upload("billets.pdf", "application/pdf", TestBeneficiaries.PDF);

        test(find(Button.class).id("send-request")).click();
        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).id("send-confirmation").getElement()
                .getTextRecursively()).contains(
                "Veuillez confirmer l'envoi de votre demande à l'office de l'assurance invalidité en cliquant sur le bouton \"Envoyer la demande\".",
                "Une fois votre demande envoyée, vous ne pourrez plus la modifier. En cas de doutes concernant votre saisie, veuillez cliquer sur \"Annuler l'envoi\" pour relire et corriger votre demande.");
        test(find(Button.class).id("confirm-send")).click();

        String sent = find(com.vaadin.flow.component.html.Paragraph.class).id("request-sent-text").getText();
        assertThat(sent).containsPattern("Référence GE-\\d{4}-\\d{6}").contains("CHF 159.50", "En traitement");
        Anchor pdf = find(Anchor.class).id("request-copy");
        assertThat(pdf.getText()).isEqualTo("Télécharger la copie PDF");
        assertThat(pdf.getHref()).matches("/requests/\\d+/copy\\.pdf");
        SentDocuments documents = find(SentDocuments.class).single();
        assertThat(documents.getElement().getTextRecursively()).startsWith("Documents envoyés");
        Anchor document = find(Anchor.class, documents).single();
        assertThat(document.getText()).isEqualTo("billets.pdf (1 ko)");
        assertThat(document.getHref()).matches("/requests/\\d+/documents/\\d+");
        assertThat(document.getTitle()).contains("Télécharger billets.pdf");
        assertThat(jdbc.queryForObject("select count(*) from request", Long.class)).isEqualTo(1);
    }

    @Test
    void annulerLenvoiReturnsToTheFormExactlyAsLeftAndSendsNothing() {
        UI.getCurrent().navigate(TRAVEL);
        fillSeed004();
        test(find(Upload.class).single()).upload("billets.pdf", "application/pdf", TestBeneficiaries.PDF);

        test(find(Button.class).id("send-request")).click();
        test(find(Button.class).id("cancel-send")).click();

        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).all()).noneMatch(dialog -> dialog.isOpened());
        assertThat(textField("trip-0-purpose").getValue()).isEqualTo("Hôpital");
        assertThat(find(TextField.class).id("trip-0-ticketAmount").getValue()).isEqualTo("102.00");
        assertThat(find(DatePicker.class).id("meals-from").getValue()).isEqualTo(LocalDate.of(2022, 6, 6));
        assertThat(find(Checkbox.class).id("day-five_to_eight_hours-2022-06-08").getValue()).isTrue();
        assertThat(cell("total-general")).isEqualTo("CHF 159.50");
        assertThat(find(DocumentsField.class).single().getValue()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from request", Long.class)).isZero();
    }

    @Test
    void eachWrongFieldOfTheTravelFormIsRedWithItsMessageAndListedInTheSummary() {
        UI.getCurrent().navigate(TRAVEL);
        DatePicker start = find(DatePicker.class).id("trip-0-start");
        DatePicker end = find(DatePicker.class).id("trip-0-end");
        start.setValue(LocalDate.of(2022, 6, 10));
        end.setValue(LocalDate.of(2022, 6, 6));
        textField("trip-0-from").setValue("Genève");
        textField("trip-0-ticketAmount").setValue("0");
        find(TextArea.class).id("remarks").setValue("<script>alert(1)</script>");

        sendAndConfirm();

        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isNotBlank();
        assertThat(textField("trip-0-purpose").getErrorMessage()).isEqualTo("Le champ But du voyage / Type de mesure est obligatoire.");
        assertThat(textField("trip-0-to").getErrorMessage()).isEqualTo("Le champ à est obligatoire.");
        assertThat(textField("trip-0-ticketAmount").isInvalid()).as("an amount of 0").isTrue();
        assertThat(decisionNumber().getErrorMessage()).isEqualTo("Le champ Numéro de décision est obligatoire.");
        assertThat(textField("trip-0-from").isInvalid()).isFalse();
        assertThat(find(com.vaadin.flow.component.html.Div.class).id("error-summary").getElement().getTextRecursively())
                .contains("Le champ But du voyage / Type de mesure est obligatoire.", "Le champ Numéro de décision est obligatoire.");
        assertThat(textField("trip-0-from").getValue()).as("nothing typed is lost").isEqualTo("Genève");
        assertThat(find(TextArea.class).id("remarks").getValue()).isEqualTo("<script>alert(1)</script>");
        assertThat(jdbc.queryForObject("select count(*) from request", Long.class)).isZero();
    }

    @Test
    void theInvoiceFormNamesTheMissingServiceDateAndRefusesAnAmountThatIsNoAmountBeforeSending() {
        UI.getCurrent().navigate(INVOICE);
        assertThat(text()).contains("Facture", "Formulaire n° 318.632",
                "La facture originale, les ordonnances médicales ou les ordonnances sont à joindre à cette facture.");
        TextField amount = textField("amount");
        amount.setValue("douze");

        test(find(Button.class).id("send-request")).click();
        assertThat(amount.getErrorMessage()).isEqualTo("Saisissez un montant en francs, par exemple 102.00.");
        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).all()).as("nothing to confirm").isEmpty();

        amount.setValue("-5");
        sendAndConfirm();
        DatePicker serviceDate = find(DatePicker.class).id("serviceFrom");
        assertThat(serviceDate.getErrorMessage()).isEqualTo("Le champ Date des prestations dispensées est obligatoire.");
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getValue()).isEqualTo("-5");
    }

    @Test
    void aRefusedFileIsSaidNextToDocumentsAndTheRestStays() {
        UI.getCurrent().navigate(INVOICE);
        textField("issuer").setValue("Dr Martin");
        Upload upload = find(Upload.class).single();
        test(upload).upload("facture.pdf", "application/pdf", TestBeneficiaries.PDF);
        test(upload).upload("facture2.pdf", "application/pdf", TestBeneficiaries.EXE);

        DocumentsField documents = find(DocumentsField.class).single();
        assertThat(documents.isInvalid()).isTrue();
        assertThat(documents.getErrorMessage()).isEqualTo("Ce fichier n’est ni un PDF, ni une image JPEG ou PNG.");
        assertThat(documents.getValue()).extracting(file -> file.fileName()).containsExactly("facture.pdf");
        assertThat(textField("issuer").getValue()).isEqualTo("Dr Martin");
    }

    @Test
    void aCompanionRepeatsItsTripWithItsOwnTicketACarTripCostsItsKilometresAndRemovalTakesTheCompanionToo() {
        UI.getCurrent().navigate(TRAVEL);
        fillSeed004();
        test(find(Button.class).id("trip-0-add-companion")).click();
        assertThat(find(TripEntry.class).all()).hasSize(2);
        textField("trip-1-ticketAmount").setValue("51.00");
        test(find(Button.class).id("add-trip")).click();
        find(DatePicker.class).id("trip-2-start").setValue(LocalDate.of(2022, 6, 13));
        @SuppressWarnings("unchecked")
        Select<TicketType> ticket = find(Select.class).id("trip-2-ticketType");
        ticket.setValue(TicketType.CAR);
        find(com.vaadin.flow.component.textfield.IntegerField.class).id("trip-2-kilometres").setValue(100);

        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("total-trips").getText())
                .isEqualTo("Total frais de voyage : CHF 198.00"); // 102.00 + the companion's 51.00 + 100 km × 0.45
        assertThat(cell("total-general")).isEqualTo("CHF 255.50");

        test(find(Button.class).id("trip-0-remove")).click();
        assertThat(find(TripEntry.class).all()).hasSize(1);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("total-trips").getText())
                .isEqualTo("Total frais de voyage : CHF 45.00");
    }

    @Test
    void aCompanyMemberSearchesTheCompanysBeneficiariesAndSendsForOne() {
        long company = ch.guichetai.testdata.TestCompanies.approved(jdbc, "ge");
        Account manager = accounts.create(TestAccounts.member(company, Account.CompanyRole.MANAGER, "Paul", "Zurbriggen"),
                TestBankAccounts.draft("Soins à domicile Léman"));
        accounts.markEmailVerified(manager.id());
        ch.guichetai.identity.Actor member = ch.guichetai.testdata.TestActors.memberOf("ge", company);
        beneficiaries.create(member, TestBeneficiaries.form("Favre", "Zoé", 3));
        beneficiaries.create(member, TestBeneficiaries.form("Dupuis", "Anne", 2));
        logIn(manager, "ge", "ROLE_COMPANY_MANAGER");
        UI.getCurrent().navigate(TRAVEL);

        @SuppressWarnings("unchecked")
        ComboBox<ch.guichetai.request.RequestBeneficiary> beneficiary = find(ComboBox.class).id("beneficiary");
        assertThat(beneficiary.isVisible()).isTrue();
        test(beneficiary).setFilter("fav");
        assertThat(test(beneficiary).getSuggestions()).singleElement().asString().startsWith("Zoé Favre");
        beneficiary.setValue(test(beneficiary).getSuggestionItems().getFirst());
        fillSeed004();
        iban().setValue(iban().getListDataView().getItems().findFirst().orElseThrow());
        sendAndConfirm();

        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("request-sent-text").getText()).contains("CHF 159.50");
        assertThat(jdbc.queryForObject("select count(*) from request", Long.class)).isEqualTo(1);
    }

    @Test
    void officeStaffCannotOpenTheFormPagesNorIsANumberThatIsNoFormFound() {
        UI.getCurrent().navigate("guichet/demande/318.999");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

        logIn(pierre, "ge", "ROLE_OFFICE_AGENT");
        Throwable refused = catchThrowable(() -> UI.getCurrent().navigate(TRAVEL));
        assertThat(getCurrentView()).as("refused with " + refused).isInstanceOf(NotFoundView.class);
    }

    @Test
    @InCanton("be")
    void inBernTheTravelFormSpeaksTheIvsGermanTerms() {
        logIn(pierre, "be", "ROLE_BENEFICIARY");
        UI.getCurrent().navigate(TRAVEL);

        assertThat(text()).contains("Rechnung für Reise- und Verpflegungskosten", "Formular Nr. 318.632.1",
                "Reisekosten", "Verpflegung / Unterkunft", "Gesamttotal");
        assertThat(decisionNumber().getLabel()).isEqualTo("Verfügungsnummer");
    }

    private void sendAndConfirm() {
        test(find(Button.class).id("send-request")).click();
        test(find(Button.class).id("confirm-send")).click();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ch.guichetai.request.IbanChoice> iban() {
        return find(ComboBox.class).id("iban");
    }

    private String cell(String id) {
        return descendants(find(MealsSection.class).single().getElement())
                .filter(element -> id.equals(element.getAttribute("id"))).findFirst().orElseThrow().getText();
    }

    private static java.util.stream.Stream<com.vaadin.flow.dom.Element> descendants(com.vaadin.flow.dom.Element element) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(element),
                element.getChildren().flatMap(RequestViewTest::descendants));
    }

    private String text() {
        return find(RequestFrame.class).single().getElement().getTextRecursively();
    }
}
