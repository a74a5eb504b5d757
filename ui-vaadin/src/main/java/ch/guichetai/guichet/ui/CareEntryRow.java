package ch.guichetai.guichet.ui;

import ch.guichetai.request.CareEntry;
import ch.guichetai.request.CarePlace;
import ch.guichetai.request.HelplessnessAllowanceMinors;
import ch.guichetai.request.HelplessnessDegree;
import ch.guichetai.request.IntensiveCare;
import ch.guichetai.ui.FieldErrors;
import ch.guichetai.ui.FormFields;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of form 318.632.2 (seed 000 §4.2.2): Début, Fin, the nights computed, Lieu, Degré API,
 * Degré SSI and, for a stay in a hospital or a home, its attestation chosen among the files under
 * "Documents" (ADR 0031).
 */
class CareEntryRow extends Div {

    private final DatePicker start = FormFields.pastDate("form.allowance.entry.start");
    private final DatePicker end = FormFields.pastDate("form.allowance.entry.end");
    private final Span nights = new Span();
    private final RadioButtonGroup<CarePlace> place = FormFields.choice("form.allowance.entry.place",
            "form.allowance.place.", CarePlace.values());
    private final RadioButtonGroup<HelplessnessDegree> degree = FormFields.choice("form.allowance.entry.degree",
            "form.allowance.degree.", HelplessnessDegree.values());
    private final RadioButtonGroup<IntensiveCare> intensiveCare = FormFields.choice("form.allowance.entry.intensive-care",
            "form.allowance.intensive-care.", IntensiveCare.values());
    private final Select<String> attestation = new Select<>();
    private final Span amount = new Span();
    private final H3 heading = new H3();
    final Button remove = new Button(getTranslation("form.allowance.entry.remove"), VaadinIcon.TRASH.create());

    CareEntryRow(List<String> documents, Runnable changed) {
        addClassName("care-entry");
        start.setRequiredIndicatorVisible(true);
        end.setRequiredIndicatorVisible(true);
        place.setRequiredIndicatorVisible(true);
        place.setValue(CarePlace.DOMICILE);
        degree.setRequiredIndicatorVisible(true);
        intensiveCare.setRequiredIndicatorVisible(true);
        intensiveCare.setValue(IntensiveCare.NONE);
        // no required indicator: on a select it puts aria-required on a button, which ARIA does not allow
        attestation.setLabel(getTranslation("form.allowance.entry.attestation"));
        attestation.setWidth("min(100%, 28em)"); // the whole file name
        nights.addClassName("nights");
        amount.addClassName("entry-amount");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        add(heading, RequestFrame.layout(start, end), nights, RequestFrame.layout(place, degree, intensiveCare),
                attestation, amount, new Div(remove));
        for (HasValue<?, ?> field : new HasValue<?, ?>[] {start, end, place, degree, intensiveCare, attestation}) {
            field.addValueChangeListener(change -> changed.run());
        }
        place.addValueChangeListener(change -> showAttestation());
        documents(documents);
        showAttestation();
    }

    /** Numbers the entry and its fields' ids ("entry-0-start") after entries came or went. */
    void number(int index) {
        heading.setText(getTranslation("form.allowance.entry.heading", index + 1));
        start.setId("entry-" + index + "-start");
        end.setId("entry-" + index + "-end");
        nights.setId("entry-" + index + "-nights");
        place.setId("entry-" + index + "-place");
        degree.setId("entry-" + index + "-degree");
        intensiveCare.setId("entry-" + index + "-intensiveCare");
        attestation.setId("entry-" + index + "-attestation");
        amount.setId("entry-" + index + "-amount");
        remove.setId("entry-" + index + "-remove");
    }

    void focusFirst() {
        start.focus();
    }

    /** The files under "Documents" now: the attestation is one of them; a chosen file that is gone is unchosen. */
    void documents(List<String> fileNames) {
        String chosen = attestation.getValue();
        attestation.setItems(fileNames);
        attestation.setValue(chosen != null && fileNames.contains(chosen) ? chosen : null);
        attestation.setHelperText(getTranslation(fileNames.isEmpty() ? "form.allowance.entry.attestation.none"
                : "form.allowance.entry.attestation.hint"));
    }

    private void showAttestation() {
        attestation.setVisible(place.getValue() != null && place.getValue().needsAttestation());
    }

    void register(FieldErrors errors, int index) {
        errors.register(HelplessnessAllowanceMinors.entryField(index, CareEntry.START), start);
        errors.register(HelplessnessAllowanceMinors.entryField(index, CareEntry.END), end);
        errors.register(HelplessnessAllowanceMinors.entryField(index, CareEntry.PLACE), place);
        errors.register(HelplessnessAllowanceMinors.entryField(index, CareEntry.DEGREE), degree);
        errors.register(HelplessnessAllowanceMinors.entryField(index, CareEntry.INTENSIVE_CARE), intensiveCare);
        errors.register(HelplessnessAllowanceMinors.entryField(index, CareEntry.ATTESTATION), attestation);
    }

    /** What was typed; the attestation only for a stay that needs one. */
    CareEntry entry() {
        boolean stay = place.getValue() != null && place.getValue().needsAttestation();
        return new CareEntry(start.getValue(), end.getValue(), place.getValue(), degree.getValue(), intensiveCare.getValue(),
                stay ? attestation.getValue() : null);
    }

    /** The nights and the entry's amount, as the page prices them now. */
    void show(String amountText) {
        nights.setText(getTranslation("form.allowance.entry.nights", entry().nights()));
        amount.setText(amountText);
        amount.setVisible(!amountText.isEmpty());
    }

    Map<String, String> draft() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(CareEntry.START, DraftValues.of(start.getValue()));
        row.put(CareEntry.END, DraftValues.of(end.getValue()));
        row.put(CareEntry.PLACE, name(place.getValue()));
        row.put(CareEntry.DEGREE, name(degree.getValue()));
        row.put(CareEntry.INTENSIVE_CARE, name(intensiveCare.getValue()));
        return row; // the attestation is one of the documents, which a draft does not keep
    }

    /** A sent entry as {@link #draft()} gives it. */
    static Map<String, String> draftOf(CareEntry entry) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(CareEntry.START, DraftValues.of(entry.start()));
        row.put(CareEntry.END, DraftValues.of(entry.end()));
        row.put(CareEntry.PLACE, DraftValues.of(entry.place()));
        row.put(CareEntry.DEGREE, DraftValues.of(entry.degree()));
        row.put(CareEntry.INTENSIVE_CARE, DraftValues.of(entry.intensiveCare()));
        row.put(CareEntry.ATTESTATION, entry.attestation()); // the sent files stay with the request: it can be named again
        return row;
    }

    void restore(Map<String, String> row) {
        DraftValues.restore(start, row.get(CareEntry.START));
        DraftValues.restore(end, row.get(CareEntry.END));
        place.setValue(value(CarePlace.values(), row.get(CareEntry.PLACE), CarePlace.DOMICILE));
        degree.setValue(value(HelplessnessDegree.values(), row.get(CareEntry.DEGREE), null));
        intensiveCare.setValue(value(IntensiveCare.values(), row.get(CareEntry.INTENSIVE_CARE), IntensiveCare.NONE));
        String named = row.get(CareEntry.ATTESTATION); // a sent request's only: a draft keeps no file
        if (named != null && attestation.getListDataView().getItems().anyMatch(named::equals)) {
            attestation.setValue(named);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E value(E[] values, String name, E otherwise) {
        return Arrays.stream(values).filter(value -> value.name().equals(name)).findFirst().orElse(otherwise);
    }
}
