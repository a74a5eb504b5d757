package ch.guichetai.guichet.ui;

import ch.guichetai.money.Money;
import ch.guichetai.primitives.Formats;
import ch.guichetai.request.DraftState;
import ch.guichetai.request.HearingBenefit;
import ch.guichetai.request.HearingSection;
import ch.guichetai.request.HearingType;
import ch.guichetai.ui.FieldErrors;
import ch.guichetai.ui.FormFields;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One section of form 300.001 (seed 000 §4.2.3): the date or the period, the type ticked, the
 * invoiced amount, and below them the flat rate and what the IV reimburses, with a note when the
 * invoice exceeds the flat (ADR 0032). A section counts as filled as soon as one of its fields is.
 */
class HearingSectionEntry extends Section {

    private final HearingBenefit benefit;
    private final DatePicker from = FormFields.pastDate("form.hearing.from");
    private final DatePicker to = FormFields.pastDate("form.hearing.to");
    private final RadioButtonGroup<HearingType> type = new RadioButtonGroup<>(getTranslation("form.hearing.type"));
    private final TextField amount = Amounts.field("form.hearing.amount");
    private final Paragraph reimbursed = new Paragraph();
    private final Paragraph note = new Paragraph();

    HearingSectionEntry(HearingBenefit benefit, Runnable changed) {
        this.benefit = benefit;
        String id = benefit.key();
        addClassNames("card", "hearing-section");
        setId(id);
        from.setId(id + "-from");
        to.setId(id + "-to");
        to.setHelperText(getTranslation("form.hearing.to.hint"));
        type.setId(id + "-type");
        type.setItems(HearingType.of(benefit));
        type.setItemLabelGenerator(item -> getTranslation("form.hearing.type." + item.name().toLowerCase(Locale.ROOT)));
        amount.setId(id + "-amount");
        reimbursed.setId(id + "-reimbursed");
        reimbursed.addClassName("total");
        note.setId(id + "-note");
        note.addClassName("note");
        add(new H2(getTranslation("form.hearing." + id)), RequestFrame.layout(from, to), type, amount, reimbursed, note);
        DraftValues.listen(changed, from, to, type);
        amount.setValueChangeMode(ValueChangeMode.LAZY);
        amount.addValueChangeListener(change -> changed.run());
        show(Optional.empty(), Optional.empty());
    }

    /** The first field, where the form says that no section is filled. */
    DatePicker first() {
        return from;
    }

    void register(FieldErrors errors) {
        errors.register(benefit.field(HearingSection.FROM), from);
        errors.register(benefit.field(HearingSection.TO), to);
        errors.register(benefit.field(HearingSection.TYPE), type);
        errors.register(benefit.field(HearingSection.AMOUNT), amount);
    }

    /** What was typed; null while the section is empty. */
    HearingSection section(boolean markRefused) {
        if (from.isEmpty() && to.isEmpty() && type.isEmpty() && amount.isEmpty()) {
            return null;
        }
        return new HearingSection(from.getValue(), to.getValue(), type.getValue(), Amounts.typed(amount, markRefused));
    }

    /**
     * Shows the flat of the type on the first day and the amount reimbursed, once there is one.
     *
     * @param flat       the flat rate in force; empty when the type has none or no day is chosen yet
     * @param reimbursedAmount the section's line; empty while the section is empty
     */
    void show(Optional<Money> flat, Optional<Money> reimbursedAmount) {
        String flatText = flat.map(Formats::chf).orElse(getTranslation("form.hearing.no-flat"));
        reimbursed.setText(reimbursedAmount.map(value -> getTranslation("form.hearing.reimbursed", flatText,
                Formats.chf(value))).orElse(""));
        reimbursed.setVisible(reimbursedAmount.isPresent());
        Money invoiced = Amounts.typed(amount, false);
        boolean above = invoiced != null && flat.filter(value -> invoiced.compareTo(value) > 0).isPresent();
        note.setText(above ? getTranslation("form.hearing.above-flat", Formats.chf(flat.orElseThrow())) : "");
        note.setVisible(above);
    }

    /** Puts the section's values as typed into a draft, under the fields' keys ("fitting.from"). */
    void draft(Map<String, Object> values) {
        values.put(benefit.field(HearingSection.FROM), DraftValues.of(from.getValue()));
        values.put(benefit.field(HearingSection.TO), DraftValues.of(to.getValue()));
        values.put(benefit.field(HearingSection.TYPE), type.isEmpty() ? null : type.getValue().name());
        values.put(benefit.field(HearingSection.AMOUNT), amount.getValue());
    }

    /** A sent section (null: not filled) as {@link #draft} puts it. */
    static void draftOf(Map<String, Object> values, HearingBenefit benefit, HearingSection section) {
        if (section != null) {
            values.put(benefit.field(HearingSection.FROM), DraftValues.of(section.from()));
            values.put(benefit.field(HearingSection.TO), DraftValues.of(section.to()));
            values.put(benefit.field(HearingSection.TYPE), DraftValues.of(section.type()));
            values.put(benefit.field(HearingSection.AMOUNT), DraftValues.of(section.amount()));
        }
    }

    void restore(DraftState draft) {
        DraftValues.restore(from, draft.text(benefit.field(HearingSection.FROM)));
        DraftValues.restore(to, draft.text(benefit.field(HearingSection.TO)));
        type.setValue(HearingType.of(benefit).stream()
                .filter(candidate -> candidate.name().equals(draft.text(benefit.field(HearingSection.TYPE))))
                .findFirst().orElse(null));
        DraftValues.restore(amount, draft.text(benefit.field(HearingSection.AMOUNT)));
    }

}
