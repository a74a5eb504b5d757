package ch.guichetai.guichet.ui;

import ch.guichetai.account.Account;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.beneficiary.Beneficiary;
import ch.guichetai.beneficiary.BeneficiaryDecision;
import ch.guichetai.beneficiary.BeneficiaryFilter;
import ch.guichetai.beneficiary.BeneficiarySort;
import ch.guichetai.document.Documents;
import ch.guichetai.document.ReceivedDocument;
import ch.guichetai.document.StoredDocument;
import ch.guichetai.identity.Actor;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Formats;
import ch.guichetai.registration.Registrations;
import ch.guichetai.request.DraftState;
import ch.guichetai.request.IbanChoice;
import ch.guichetai.request.NewRequest;
import ch.guichetai.request.RequestBeneficiary;
import ch.guichetai.request.RequestDraft;
import ch.guichetai.request.RequestDrafts;
import ch.guichetai.request.RequestHeader;
import ch.guichetai.request.Requests;
import ch.guichetai.request.SentRequest;
import ch.guichetai.ui.FieldErrors;
import ch.guichetai.ui.ValueConverter;
import ch.guichetai.validation.InvalidInputException;
import ch.guichetai.validation.Problem;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The frame every invoice form shares (seeds 000 §4.2, 002 §4.4; ADR 0027): the title and
 * "Formulaire n° …"; "Informations personnelles" (Bénéficiaire, IBAN); "Décompte" (the decision
 * number, chosen among the beneficiary's saved ones or typed, its description, "Enregistrer le
 * numéro de décision"); the form's {@link FormBody}; "Documents", "Remarques/Compléments" and
 * "Envoyer ma demande", which asks for confirmation ({@link SendConfirmation}) and sends. The
 * server's verdict shows at each field and in a summary at the top whose entries move the focus to
 * the field; nothing typed or uploaded is lost. The submission key is made when the page opens,
 * so a double click, a retry or a second confirmation gives one request. What is typed is saved as
 * the draft of that key as the user goes, at most every {@link #SAVE_EVERY} (ADR 0028); a page
 * opened from a draft gets its key and values back.
 */
class RequestFrame extends Div {

    static final ValueConverter<DecisionNumber> DECISION_NUMBER = new ValueConverter<>(DecisionNumber::of,
            DecisionNumber::grouped);

    /** Drafts are saved at most this often; a change in between is saved when it has passed. */
    static final Duration SAVE_EVERY = Duration.ofSeconds(5);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Formats.SWITZERLAND);
    private static final String SELF = "self";
    private static final String SAVE_DECISION = "saveDecision";

    private final Requests requests;
    private final RequestDrafts drafts;
    private final Beneficiaries beneficiaries;
    private final Supplier<Actor> actor;
    private final FormBody body;
    private final UUID submissionKey;
    private final Span draftStatus = new Span();
    private boolean saveLater;
    private Instant lastSave = Instant.MIN;

    private final Div summary = new Div();
    private final ComboBox<RequestBeneficiary> beneficiary = new ComboBox<>();
    private final ComboBox<IbanChoice> iban = new ComboBox<>();
    private final ComboBox<String> decisionNumber = new ComboBox<>();
    private final TextField decisionDescription = new TextField();
    private final Checkbox saveDecision = new Checkbox();
    private final DocumentsField documents;
    private final TextArea remarks = new TextArea();
    private final Button send = new Button();
    private List<BeneficiaryDecision> savedDecisions = List.of();
    private List<RequestBeneficiary> ownChoices = List.of();
    private List<IbanChoice> ibanChoices = List.of();
    private FieldErrors errors = new FieldErrors();
    /** The sent request this frame corrects (ADR 0037); empty for a new request. */
    private final Optional<Correction> correction;

    /**
     * A sent request opened to be corrected: its values are put back, the office's message shows on
     * top, the documents already sent are listed, nothing is saved as a draft, and the button sends
     * the correction ({@link Requests#correct}) instead of a new request.
     *
     * @param message the office's message of the last "A compléter"
     */
    record Correction(SentRequest sent, Optional<String> message) {
    }

    RequestFrame(Requests requests, RequestDrafts drafts, Beneficiaries beneficiaries, Documents documentStore,
                 Registrations registrations, Supplier<Actor> actor, Optional<Account> account, FormBody body,
                 Optional<RequestDraft> draft) {
        this(requests, drafts, beneficiaries, documentStore, registrations, actor, account, body, draft, Optional.empty());
    }

    RequestFrame(Requests requests, RequestDrafts drafts, Beneficiaries beneficiaries, Documents documentStore,
                 Registrations registrations, Supplier<Actor> actor, Optional<Account> account, FormBody body,
                 Correction correction) {
        this(requests, drafts, beneficiaries, documentStore, registrations, actor, account, body, Optional.empty(),
                Optional.of(correction));
    }

    private RequestFrame(Requests requests, RequestDrafts drafts, Beneficiaries beneficiaries, Documents documentStore,
                         Registrations registrations, Supplier<Actor> actor, Optional<Account> account, FormBody body,
                         Optional<RequestDraft> draft, Optional<Correction> correction) {
        this.correction = correction;
        this.requests = requests;
        this.drafts = drafts;
        this.beneficiaries = beneficiaries;
        this.actor = actor;
        this.body = body;
        this.submissionKey = draft.map(RequestDraft::submissionKey).orElseGet(UUID::randomUUID);
        addClassNames("page", "request-form");
        setId("request-form");

        H1 title = new H1(getTranslation("form.title." + body.form().officialNumber()));
        Paragraph number = new Paragraph(getTranslation("form.number", body.form().officialNumber()));
        number.addClassName("form-number");
        Paragraph required = new Paragraph(getTranslation("form.required-note"));
        required.addClassName("required-note");
        add(title, number);
        correction.ifPresent(corrected -> add(officeMessage(corrected)));
        boolean maySend = requests.maySend(actor.get());
        if (!maySend) {
            account.ifPresent(unverified -> add(new VerificationBanner(registrations, unverified, "form.verify.cannot-send")));
        }
        summary.setId("error-summary");
        summary.addClassName("error-summary");
        summary.getElement().setAttribute("role", "alert");
        summary.setVisible(false);
        Paragraph draftNote = new Paragraph(getTranslation("form.draft.note"));
        draftNote.addClassName("draft-note");
        draftStatus.setId("draft-status");
        draftStatus.addClassName("draft-status");
        draftStatus.getElement().setAttribute("role", "status"); // read out politely, when the reader is idle
        draftStatus.getElement().setAttribute("aria-live", "polite");
        add(required);
        if (correction.isEmpty()) {
            add(draftNote, draftStatus);
        }
        add(summary);

        add(personalInformation(beneficiaries), settlement(), body.component());

        documents = new DocumentsField(documentStore, body.documentsTextKey());
        List<String> sentFiles = correction.map(corrected -> corrected.sent().documents().stream()
                .map(StoredDocument::fileName).toList()).orElse(List.of());
        documents.addValueChangeListener(change -> body.documentsChanged(Stream.concat(sentFiles.stream(),
                change.getValue().stream().map(ReceivedDocument::fileName)).toList()));
        if (correction.isPresent()) {
            body.documentsChanged(sentFiles);
        }
        body.documentsDetail().ifPresent(documents::addDetail);
        remarks.setLabel(getTranslation("form.remarks"));
        remarks.setId("remarks");
        remarks.setMaxLength(RequestHeader.REMARKS_MAX_LENGTH);
        send.setText(getTranslation(correction.isPresent() ? "guichet.correction.send" : "form.send"));
        send.setId(correction.isPresent() ? "send-correction" : "send-request");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setEnabled(maySend);
        send.addClickListener(click -> send());
        Section footer = new Section(documents, remarks, send);
        correction.ifPresent(corrected -> footer.addComponentAsFirst(new SentDocuments(corrected.sent())));
        footer.addClassNames("card", "form-footer");
        add(footer);

        draft.ifPresent(resumed -> restore(resumed.state()));
        correction.ifPresent(corrected -> restore(sentState(corrected.sent())));
        if (correction.isEmpty()) { // a correction is no draft: it is sent back or left as it was
            // listening from here on: putting a draft back is no change to save
            DraftValues.listen(this::changed, beneficiary, iban, decisionNumber, decisionDescription, saveDecision, remarks);
            body.onChange(this::changed);
        }
    }

    /** The reference and the office's "Message" on top of the correction page, read out when it shows. */
    private Div officeMessage(Correction correction) {
        Paragraph reference = new Paragraph(getTranslation("guichet.correction.reference",
                correction.sent().reference().toString()));
        reference.setId("correction-reference");
        Paragraph text = new Paragraph(correction.message().orElse(""));
        text.addClassName("office-message-text");
        Div message = new Div(new H2(getTranslation("guichet.correction.message")), text);
        message.setId("office-message");
        message.addClassNames("card", "office-message");
        message.getElement().setAttribute("role", "status");
        return new Div(reference, message);
    }

    private Section personalInformation(Beneficiaries beneficiaries) {
        Section section = section("form.personal-information");
        beneficiary.setLabel(getTranslation("form.beneficiary"));
        beneficiary.setId("beneficiary");
        beneficiary.setRequiredIndicatorVisible(true);
        beneficiary.setItemLabelGenerator(RequestFrame::label);
        if (actor.get().companyId().isPresent()) {
            // a company may have thousands of beneficiaries: searched in the database, a page at a time
            beneficiary.setItems(query -> beneficiaries.page(actor.get(), filter(query.getFilter()), query.getOffset(),
                            query.getLimit(), BeneficiarySort.NAME).stream().map(RequestFrame::choice),
                    query -> Math.toIntExact(beneficiaries.count(actor.get(), filter(query.getFilter()))));
        } else {
            ownChoices = requests.beneficiaries(actor.get());
            beneficiary.setItems(ownChoices);
            beneficiary.setValue(ownChoices.isEmpty() ? null : ownChoices.getFirst());
            beneficiary.setVisible(ownChoices.size() > 1); // only a representative chooses (FORMS.md)
        }
        beneficiary.addValueChangeListener(change -> beneficiaryChosen());

        iban.setLabel(getTranslation("form.iban"));
        iban.setId("iban");
        iban.setRequiredIndicatorVisible(true);
        iban.setItemLabelGenerator(choice -> choice.iban().formatted() + " – " + choice.holder());
        beneficiaryChosen();
        section.add(layout(beneficiary, iban));
        return section;
    }

    private Section settlement() {
        Section section = section("form.settlement");
        decisionNumber.setLabel(getTranslation("form.decision-number"));
        decisionNumber.setId("decisionNumber");
        decisionNumber.setRequiredIndicatorVisible(true);
        decisionNumber.setAllowCustomValue(true);
        decisionNumber.setHelperText(getTranslation("form.decision-number.hint"));
        decisionNumber.addCustomValueSetListener(typed -> typedDecisionNumber(typed.getDetail()));
        decisionNumber.addValueChangeListener(change -> savedDecisions.stream()
                .filter(saved -> saved.number().equals(change.getValue())).findFirst()
                .flatMap(BeneficiaryDecision::description)
                .filter(description -> decisionDescription.isEmpty())
                .ifPresent(decisionDescription::setValue));
        decisionDescription.setLabel(getTranslation("form.decision-description"));
        decisionDescription.setId("decisionDescription");
        decisionDescription.setMaxLength(RequestHeader.DECISION_DESCRIPTION_MAX_LENGTH);
        saveDecision.setLabel(getTranslation("form.save-decision"));
        saveDecision.setId("saveDecision");
        section.add(layout(decisionNumber, decisionDescription), saveDecision);
        return section;
    }

    /** A beneficiary was chosen: the accounts and saved decision numbers that apply to them. */
    private void beneficiaryChosen() {
        Optional<Long> id = Optional.ofNullable(beneficiary.getValue()).flatMap(RequestBeneficiary::id);
        ibanChoices = requests.ibansFor(actor.get(), id);
        iban.setItems(ibanChoices);
        iban.setValue(ibanChoices.size() == 1 ? ibanChoices.getFirst() : null);
        savedDecisions = id.isPresent() ? requests.decisionsFor(actor.get(), id) : List.of();
        decisionNumber.setItems(numbers(savedDecisions));
        saveDecision.setVisible(id.isPresent()); // a number is saved with a beneficiary, not with oneself
    }

    /** A number typed rather than chosen among the saved ones. */
    private void typedDecisionNumber(String typed) {
        List<String> items = new ArrayList<>(numbers(savedDecisions));
        if (!items.contains(typed)) {
            items.add(typed);
        }
        decisionNumber.setItems(items);
        decisionNumber.setValue(typed);
    }

    private static List<String> numbers(List<BeneficiaryDecision> decisions) {
        return decisions.stream().map(BeneficiaryDecision::number).toList();
    }

    /**
     * Something was typed: saved as the draft now, or, when the last save is less than
     * {@link #SAVE_EVERY} ago, once it has passed (the browser calls back then).
     */
    private void changed() {
        Duration since = Duration.between(lastSave, Instant.now());
        if (since.compareTo(SAVE_EVERY) >= 0) {
            saveDraft();
        } else if (!saveLater) {
            saveLater = true;
            getElement().executeJs("setTimeout(() => this.$server.saveDraftLater(), $0)",
                    SAVE_EVERY.minus(since).toMillis());
        }
    }

    @ClientCallable
    void saveDraftLater() {
        if (saveLater) {
            saveDraft();
        }
    }

    /** Leaving the page (a link, not the end of the session) before a pending save: saved now. */
    @Override
    protected void onDetach(DetachEvent detach) {
        if (saveLater && VaadinRequest.getCurrent() != null) {
            saveDraft();
        }
    }

    /** Saves what the page holds as its draft and says when ("Brouillon enregistré à 14:32"). */
    void saveDraft() {
        saveLater = false;
        lastSave = Instant.now();
        try {
            drafts.save(actor.get(), body.form(), submissionKey, new DraftState(draft())).ifPresent(saved ->
                    draftStatus.setText(getTranslation("form.draft.saved", TIME.format(saved.updatedAt()))));
        } catch (InvalidInputException refused) {
            Problem problem = refused.problems().get(RequestDrafts.DRAFT);
            draftStatus.setText(getTranslation(problem.messageKey(), problem.arguments()));
        }
    }

    /** The page's values as typed: the frame's (documents aside) and the body's. */
    private Map<String, Object> draft() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(RequestHeader.BENEFICIARY, Optional.ofNullable(beneficiary.getValue())
                .map(chosen -> chosen.id().map(String::valueOf).orElse(SELF)).orElse(null));
        values.put(RequestHeader.IBAN, Optional.ofNullable(iban.getValue()).map(choice -> choice.iban().value()).orElse(null));
        values.put(RequestHeader.DECISION_NUMBER, decisionNumber.getValue());
        values.put(RequestHeader.DECISION_DESCRIPTION, decisionDescription.getValue());
        values.put(SAVE_DECISION, String.valueOf(saveDecision.getValue()));
        values.put(RequestHeader.REMARKS, remarks.getValue());
        values.putAll(body.draft());
        return values;
    }

    /** Puts a draft's values back: the beneficiary first (it gives the accounts and decision numbers). */
    private void restore(DraftState state) {
        Optional.ofNullable(state.text(RequestHeader.BENEFICIARY)).flatMap(this::beneficiaryChoice)
                .ifPresent(beneficiary::setValue);
        ibanChoices.stream().filter(choice -> choice.iban().value().equals(state.text(RequestHeader.IBAN))).findFirst()
                .ifPresent(iban::setValue);
        Optional.ofNullable(state.text(RequestHeader.DECISION_NUMBER)).ifPresent(this::typedDecisionNumber);
        DraftValues.restore(decisionDescription, state.text(RequestHeader.DECISION_DESCRIPTION));
        saveDecision.setValue("true".equals(state.text(SAVE_DECISION)));
        DraftValues.restore(remarks, state.text(RequestHeader.REMARKS));
        body.restore(state);
    }

    /** A sent request's values under the draft's names: the header's and the body's. */
    private DraftState sentState(SentRequest sent) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(RequestHeader.BENEFICIARY, sent.beneficiary().id().map(String::valueOf).orElse(SELF));
        values.put(RequestHeader.IBAN, sent.iban().value());
        values.put(RequestHeader.DECISION_NUMBER, sent.decisionNumber().grouped());
        values.put(RequestHeader.DECISION_DESCRIPTION, sent.decisionDescription().orElse(null));
        values.put(RequestHeader.REMARKS, sent.remarks().orElse(null));
        values.putAll(body.draftOf(sent.content()));
        return new DraftState(values);
    }

    /** The beneficiary a draft names, if the actor may still bill for them. */
    private Optional<RequestBeneficiary> beneficiaryChoice(String chosen) {
        if (actor.get().companyId().isPresent()) {
            return chosen.matches("\\d{1,18}") ? beneficiaries.byId(actor.get(), Long.parseLong(chosen))
                    .filter(found -> !found.isArchived()).map(RequestFrame::choice) : Optional.empty();
        }
        return ownChoices.stream().filter(choice -> choice.id().map(String::valueOf).orElse(SELF).equals(chosen)).findFirst();
    }

    private void send() {
        errors = new FieldErrors();
        errors.register(RequestHeader.BENEFICIARY, beneficiary);
        errors.register(RequestHeader.IBAN, iban);
        errors.register(RequestHeader.DECISION_NUMBER, decisionNumber);
        errors.register(RequestHeader.DECISION_DESCRIPTION, decisionDescription);
        body.register(errors);
        errors.register(NewRequest.DOCUMENTS, documents);
        errors.register(RequestHeader.REMARKS, remarks);
        errors.clear();
        summary.setVisible(false);

        NewRequest request = request();
        if (!errors.invalidFields().isEmpty()) { // a text its converter refused: said at the field, nothing sent
            showSummary(Map.of());
            FieldErrors.focus(errors.invalidFields().getFirst());
            return;
        }
        new SendConfirmation(() -> confirmed(request)).open();
    }

    private NewRequest request() {
        RequestHeader header = new RequestHeader(Optional.ofNullable(beneficiary.getValue()).flatMap(RequestBeneficiary::id),
                Optional.ofNullable(iban.getValue()).map(IbanChoice::iban).orElse(null),
                DECISION_NUMBER.read(decisionNumber), blankToNull(decisionDescription.getValue()),
                saveDecision.isVisible() && saveDecision.getValue(), blankToNull(remarks.getValue()));
        return new NewRequest(submissionKey, header, body.content(), documents.getValue());
    }

    private void confirmed(NewRequest request) {
        try {
            if (correction.isPresent()) {
                long id = requests.correct(actor.get(), correction.get().sent().id(), request).id();
                getUI().ifPresent(ui -> ui.navigate(RequestDetailView.class, RequestDetailView.parameters(id)));
                return;
            }
            showSent(requests.send(actor.get(), request));
        } catch (InvalidInputException invalid) {
            showSummary(errors.show(invalid));
        }
    }

    /** "Votre demande n'a pas été envoyée": each wrong field, a button that takes the focus there. */
    private void showSummary(Map<String, Problem> elsewhere) {
        summary.removeAll();
        UnorderedList entries = new UnorderedList();
        for (Component field : errors.invalidFields()) {
            String message = ((com.vaadin.flow.component.HasValidation) field).getErrorMessage();
            String label = FieldErrors.label(field);
            String text = message.contains(label) ? message : getTranslation("form.summary.entry", label, message);
            Button entry = new Button(text, click -> FieldErrors.focus(field));
            entry.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            entries.add(new ListItem(entry));
        }
        elsewhere.values().forEach(problem -> entries.add(new ListItem(
                getTranslation(problem.messageKey(), problem.arguments()))));
        summary.add(new H2(getTranslation("form.summary.title")), entries);
        summary.setVisible(true);
    }

    /** The success message with the reference and the PDF copy, instead of the form. */
    private void showSent(SentRequest sent) {
        removeAll();
        H1 done = new H1(getTranslation("form.sent.title"));
        done.setId("request-sent");
        Paragraph text = new Paragraph(getTranslation("form.sent.text", sent.reference().toString(),
                Formats.chf(sent.total()), getTranslation(RequestHistory.statusKey(sent.status()))));
        text.setId("request-sent-text");
        Anchor pdf = new Anchor(RequestHistory.copyUrl(sent.id()), getTranslation("form.sent.pdf"));
        pdf.setId("request-copy");
        pdf.setRouterIgnore(true);
        pdf.getElement().setAttribute("download", true);
        pdf.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
        RouterLink back = new RouterLink(getTranslation("form.sent.back"), GuichetView.class);
        back.setId("back-to-guichet");
        Section section = new Section(done, text, pdf, new SentDocuments(sent), new Paragraph(back));
        section.addClassNames("card", "request-sent");
        add(new H1(getTranslation("form.title." + body.form().officialNumber())), section);
        done.getElement().setAttribute("tabindex", "-1");
        done.getElement().callJsFunction("focus");
    }

    private Section section(String titleKey) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.addClassName("card");
        return section;
    }

    static FormLayout layout(Component... fields) {
        FormLayout layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return layout;
    }

    /** Digits search the AVS number, anything else the name. */
    private static BeneficiaryFilter filter(Optional<String> text) {
        String typed = text.orElse("").strip();
        return typed.matches("[0-9. ]+") ? new BeneficiaryFilter(null, typed) : new BeneficiaryFilter(typed, null);
    }

    private static RequestBeneficiary choice(Beneficiary beneficiary) {
        return new RequestBeneficiary(Optional.of(beneficiary.id()),
                beneficiary.firstName() + " " + beneficiary.lastName(), Optional.of(beneficiary.avsNumber()));
    }

    private static String label(RequestBeneficiary choice) {
        return choice.avsNumber().map(avs -> choice.name() + " – " + avs.formatted()).orElse(choice.name());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
