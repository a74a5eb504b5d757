package ch.guichetai.beneficiary.ui;

import static ch.guichetai.ui.FormFields.country;
import static ch.guichetai.ui.FormFields.pastDate;
import static ch.guichetai.ui.FormFields.text;
import static ch.guichetai.ui.FormFields.choice;

import ch.guichetai.account.Account.Title;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.beneficiary.Beneficiary;
import ch.guichetai.beneficiary.BeneficiaryDecision;
import ch.guichetai.beneficiary.BeneficiaryForm.DecisionInput;
import ch.guichetai.beneficiary.BeneficiaryForm;
import ch.guichetai.canton.Language;
import ch.guichetai.document.Documents;
import ch.guichetai.document.ReceivedDocument;
import ch.guichetai.identity.Actor;
import ch.guichetai.ui.FieldErrors;
import ch.guichetai.ui.UiLanguage;
import ch.guichetai.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The beneficiary form (seeds 002 §4.3.1): personal information with the legal representative,
 * decisions, bank information and the procuration. Used by companies and by individuals alike.
 * A new beneficiary is saved with its decisions and procuration at once; an existing one has its
 * decisions saved or deleted one by one. Every problem the service finds shows at its field, and
 * what was typed stays.
 */
public class BeneficiaryEditor extends Div {


    private final Beneficiaries beneficiaries;
    private final Supplier<Actor> actor;
    private final Optional<Beneficiary> existing;
    private final Consumer<Beneficiary> onSaved;
    private final Language language = UiLanguage.current();
    private final BeneficiaryForm form;
    private final Binder<BeneficiaryForm> binder = new Binder<>(BeneficiaryForm.class);
    private final FieldErrors errors = new FieldErrors();
    private final List<DecisionRow> newDecisions = new ArrayList<>();
    private final Div decisionRows = new Div();
    private final ProcurationField procuration;

    /** @param existing the beneficiary to edit, or empty for a new one */
    public BeneficiaryEditor(Beneficiaries beneficiaries, Documents documents, Supplier<Actor> actor,
                             Optional<Beneficiary> existing, Consumer<Beneficiary> onSaved) {
        this.beneficiaries = beneficiaries;
        this.procuration = new ProcurationField(documents);
        this.actor = actor;
        this.existing = existing;
        this.onSaved = onSaved;
        this.form = existing.map(BeneficiaryForm::of).orElseGet(BeneficiaryForm::new);
        addClassName("beneficiary-editor");
        setId("beneficiary-editor");
        add(personal(), decisions(), bank(), procurationSection());
        Button save = new Button(getTranslation("beneficiaries.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-beneficiary");
        add(save);
        binder.setBean(form);
    }

    private Component personal() {
        FormLayout person = form(
                bind("title", choice("registration.title-field", "registration.title-field.", Title.values())),
                bind("lastName", text("registration.last-name", 100)),
                bind("firstName", text("registration.first-name", 100)),
                bind("birthDate", pastDate("registration.birth-date")),
                bind("avsNumber", text("registration.avs-number", 16)),
                bind("street", text("registration.street", 200)),
                bind("postalCode", text("registration.postal-code", 10)),
                bind("locality", text("registration.locality", 100)),
                bind("country", country("registration.country")));
        Checkbox represented = new Checkbox(getTranslation("beneficiaries.under-representation"));
        binder.bind(represented, "underRepresentation");
        represented.setId("underRepresentation");
        FormLayout representative = form(
                bind("representativeName", text("beneficiaries.representative-name", 200)),
                bind("representativeStreet", text("registration.street", 200)),
                bind("representativePostalCode", text("registration.postal-code", 10)),
                bind("representativeLocality", text("registration.locality", 100)),
                bind("representativeCountry", country("registration.country")));
        representative.setVisible(form.isUnderRepresentation());
        represented.addValueChangeListener(change -> representative.setVisible(change.getValue()));
        return section("beneficiaries.section.personal", person, represented, representative);
    }

    private Component decisions() {
        decisionRows.setId("decision-rows");
        Div section = section("beneficiaries.section.decisions", new Paragraph(getTranslation("beneficiaries.decisions.text")),
                decisionRows);
        if (existing.isPresent()) {
            showSavedDecisions();
        } else {
            Button add = new Button(getTranslation("beneficiaries.decision.add"), click -> addNewDecisionRow());
            add.setId("add-decision");
            section.add(add);
        }
        return section;
    }

    /** A row of the new beneficiary's decisions, saved with it. */
    private void addNewDecisionRow() {
        DecisionRow row = new DecisionRow(null);
        Button remove = new Button(getTranslation("beneficiaries.decision.remove"), click -> {
            newDecisions.remove(row);
            decisionRows.remove(row);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(remove);
        newDecisions.add(row);
        decisionRows.add(row);
    }

    /** The saved decisions of an existing beneficiary, each saved or deleted on its own, and a row to add one. */
    private void showSavedDecisions() {
        decisionRows.removeAll();
        long beneficiaryId = existing.orElseThrow().id();
        for (BeneficiaryDecision decision : beneficiaries.decisionsOf(actor.get(), beneficiaryId)) {
            DecisionRow row = new DecisionRow(decision);
            Button save = new Button(getTranslation("beneficiaries.decision.save"), click -> row.submit(
                    () -> beneficiaries.updateDecision(actor.get(), decision.id(), row.input()), "beneficiaries.decision.saved"));
            Button delete = new Button(getTranslation("beneficiaries.decision.delete"), click -> {
                beneficiaries.deleteDecision(actor.get(), decision.id());
                Notification.show(getTranslation("beneficiaries.decision.deleted"));
                showSavedDecisions();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(save, delete);
            decisionRows.add(row);
        }
        DecisionRow added = new DecisionRow(null);
        added.addClassName("new-decision");
        Button add = new Button(getTranslation("beneficiaries.decision.add"), click -> added.submit(
                () -> beneficiaries.addDecision(actor.get(), beneficiaryId, added.input()), "beneficiaries.decision.saved"));
        add.setId("add-decision");
        added.add(add);
        decisionRows.add(added);
    }

    private Component bank() {
        return section("beneficiaries.section.bank", new Paragraph(getTranslation("beneficiaries.bank.text")), form(
                bind("iban", text("registration.iban", 42)),
                bind("accountHolder", text("registration.account-holder", 140)),
                bind("paymentReference", text("beneficiaries.payment-reference", 40))));
    }

    private Component procurationSection() {
        binder.bind(procuration, "procuration");
        procuration.setId("procuration");
        errors.register("procuration", procuration);
        Div section = section("beneficiaries.section.procuration",
                new Paragraph(getTranslation("beneficiaries.procuration.text")));
        existing.filter(Beneficiary::hasProcuration).ifPresent(beneficiary -> {
            Anchor download = new Anchor(ProcurationDownload.path(beneficiary.id()),
                    getTranslation("beneficiaries.procuration.download"));
            download.setRouterIgnore(true);
            download.getElement().setAttribute("download", true);
            download.setId("procuration-download");
            section.add(new Paragraph(getTranslation("beneficiaries.procuration.present")), download);
        });
        section.add(procuration);
        return section;
    }

    private void save() {
        errors.clear();
        form.setDecisions(new ArrayList<>());
        for (int i = 0; i < newDecisions.size(); i++) {
            DecisionRow row = newDecisions.get(i);
            form.getDecisions().add(row.input());
            errors.register("decisions[" + i + "].number", row.number);
            errors.register("decisions[" + i + "].description", row.description);
        }
        try {
            Beneficiary saved = existing.isPresent()
                    ? beneficiaries.update(actor.get(), existing.get().id(), form)
                    : beneficiaries.create(actor.get(), form);
            // stored with the beneficiary: its temporary file is no longer needed
            Optional.ofNullable(form.getProcuration()).ifPresent(ReceivedDocument::discard);
            form.setProcuration(null);
            Notification.show(getTranslation("beneficiaries.saved", saved.firstName() + " " + saved.lastName()));
            onSaved.accept(saved);
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
        }
    }

    /** A decision number and its description, with its own errors. */
    private final class DecisionRow extends HorizontalLayout {
        private final TextField number = new TextField(getTranslation("beneficiaries.decision.number"));
        private final TextField description = new TextField(getTranslation("beneficiaries.decision.description"));
        private final FieldErrors rowErrors = new FieldErrors();

        DecisionRow(BeneficiaryDecision saved) {
            addClassName("decision-row");
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            number.setMaxLength(40);
            description.setMaxLength(200);
            if (saved != null) {
                number.setValue(saved.number());
                description.setValue(saved.description().orElse(""));
            }
            rowErrors.register("number", number);
            rowErrors.register("description", description);
            add(number, description);
        }

        DecisionInput input() {
            return new DecisionInput(number.getValue(), description.getValue());
        }

        void submit(Runnable call, String doneKey) {
            rowErrors.clear();
            try {
                call.run();
                Notification.show(getTranslation(doneKey));
                showSavedDecisions();
            } catch (InvalidInputException invalid) {
                rowErrors.show(invalid);
            }
        }
    }

    private <V, C extends Component & HasValue<?, V> & HasValidation> C bind(String property, C field) {
        binder.bind(field, property);
        field.setId(property);
        return errors.register(property, field);
    }

    private Div section(String titleKey, Component... content) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("editor-section");
        return section;
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }
}
