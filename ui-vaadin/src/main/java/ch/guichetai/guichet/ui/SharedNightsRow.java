package ch.guichetai.guichet.ui;

import ch.guichetai.money.Money;
import ch.guichetai.primitives.Formats;
import ch.guichetai.request.AssistanceContribution;
import ch.guichetai.request.SharedNights;
import ch.guichetai.ui.FieldErrors;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Row 4 of form 318.536 (seed 003 §4.2.4), "Prestations de nuit avec assistant partagé": 4.1 the
 * number of insured persons sharing one assistant, 4.2 the nights, 4.3 the reduced rate per night,
 * and the row's amount as the domain priced it.
 */
class SharedNightsRow extends Div {

    private final IntegerField insured = new IntegerField(getTranslation("form.assistance.shared.insured"));
    private final IntegerField nights = new IntegerField(getTranslation("form.assistance.shared.nights"));
    private final TextField reducedRate = Amounts.field("form.assistance.shared.rate");
    private final Span amount = new Span();

    SharedNightsRow(int index, Runnable changed) {
        addClassName("assistance-row");
        insured.setId("sharedNights-" + index + "-insured");
        insured.setMin(SharedNights.MIN_INSURED);
        insured.setMax(SharedNights.MAX_INSURED);
        nights.setId("sharedNights-" + index + "-nights");
        nights.setMin(0);
        nights.setMax(31);
        reducedRate.setId("sharedNights-" + index + "-reducedRate");
        amount.setId("amount-shared-" + index);
        amount.addClassName("row-amount");
        for (IntegerField field : new IntegerField[] {insured, nights}) {
            field.setStepButtonsVisible(false);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(change -> changed.run());
        }
        reducedRate.setValueChangeMode(ValueChangeMode.LAZY);
        reducedRate.addValueChangeListener(change -> changed.run());
        add(new H3(getTranslation("form.assistance.row.shared", index + 1)),
                RequestFrame.layout(insured, nights, reducedRate), amount);
    }

    void register(FieldErrors errors, int index) {
        errors.register(AssistanceContribution.sharedField(index, SharedNights.INSURED), insured);
        errors.register(AssistanceContribution.sharedField(index, SharedNights.NIGHTS), nights);
        errors.register(AssistanceContribution.sharedField(index, SharedNights.REDUCED_RATE), reducedRate);
    }

    /** What was typed; with {@code markRefused}, an amount that is no amount is marked at its field. */
    SharedNights sharedNights(boolean markRefused) {
        return new SharedNights(insured.getValue(), nights.getValue(), AssistanceContributionBody.amount(reducedRate,
                markRefused));
    }

    void showAmount(Money priced) {
        amount.setText(getTranslation("form.assistance.amount", Formats.chf(priced)));
    }

    Map<String, String> draft() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(SharedNights.INSURED, insured.getValue() == null ? null : insured.getValue().toString());
        row.put(SharedNights.NIGHTS, nights.getValue() == null ? null : nights.getValue().toString());
        row.put(SharedNights.REDUCED_RATE, reducedRate.getValue());
        return row;
    }

    /** A sent row as {@link #draft()} gives it. */
    static Map<String, String> draftOf(SharedNights shared) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(SharedNights.INSURED, DraftValues.of(shared.insured()));
        row.put(SharedNights.NIGHTS, DraftValues.of(shared.nights()));
        row.put(SharedNights.REDUCED_RATE, DraftValues.of(shared.reducedRate()));
        return row;
    }

    void restore(Map<String, String> row) {
        insured.setValue(AssistanceContributionBody.integer(row.get(SharedNights.INSURED)));
        nights.setValue(AssistanceContributionBody.integer(row.get(SharedNights.NIGHTS)));
        DraftValues.restore(reducedRate, row.get(SharedNights.REDUCED_RATE));
    }
}
