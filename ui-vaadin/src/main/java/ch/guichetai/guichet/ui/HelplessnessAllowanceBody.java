package ch.guichetai.guichet.ui;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.money.Money;
import ch.guichetai.primitives.Formats;
import ch.guichetai.request.CareEntry;
import ch.guichetai.request.CarePlace;
import ch.guichetai.request.DraftState;
import ch.guichetai.request.FormContent;
import ch.guichetai.request.HelplessnessAllowanceMinors;
import ch.guichetai.request.PricedContent;
import ch.guichetai.request.Requests;
import ch.guichetai.ui.FieldErrors;
import ch.guichetai.ui.FormFields;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Form 318.632.2 "Facture pour l'allocation pour impotent (API) et supplément pour soins intenses
 * (SSI) pour mineurs" (seed 000 §4.2.2, ADR 0031): the accounting period, the entries ("Ajouter une
 * entrée", removal), the nights per place and the amount of the nights at home, priced live by the
 * domain with the canton's rates (the server prices again when sending).
 */
class HelplessnessAllowanceBody extends Div implements FormBody {

    private static final String ENTRIES = "entries";

    private final Requests requests;
    private final DatePicker from = FormFields.pastDate("form.allowance.from");
    private final DatePicker to = FormFields.pastDate("form.allowance.to");
    private final Div entryList = new Div();
    private final List<CareEntryRow> entries = new ArrayList<>();
    private final Map<CarePlace, Element> nights = new EnumMap<>(CarePlace.class);
    private final Element total = new Element("td");
    private List<String> documents = List.of();
    private Runnable changed = () -> { };

    HelplessnessAllowanceBody(Requests requests) {
        this.requests = requests;
        setId("helplessness-allowance");
        from.setId("allowance-from");
        to.setId("allowance-to");
        from.setRequiredIndicatorVisible(true);
        to.setRequiredIndicatorVisible(true);
        from.addValueChangeListener(change -> recompute());
        to.addValueChangeListener(change -> recompute());
        Section period = new Section(new H2(getTranslation("form.allowance.period")), RequestFrame.layout(from, to));
        period.addClassName("card");
        entryList.addClassName("care-entries");
        Button add = new Button(getTranslation("form.allowance.entry.add"), VaadinIcon.PLUS.create(),
                click -> addEntry().focusFirst());
        add.setId("add-entry");
        Section list = new Section(new H2(getTranslation("form.allowance.entries")), entryList, add);
        list.addClassName("card");
        list.setId("care-entries");
        Section totals = new Section(new H2(getTranslation("form.allowance.nights")),
                new Paragraph(getTranslation("form.allowance.stays")));
        totals.getElement().appendChild(table());
        totals.addClassName("card");
        add(period, list, totals);
        addEntry();
    }

    /** Nights per place, then "Total général": a table a screen reader reads row by row. */
    private Element table() {
        Element table = new Element("table");
        table.setAttribute("class", "allowance-table");
        table.setAttribute("id", "allowance-table");
        Element head = new Element("tr");
        for (String key : new String[] {"form.allowance.entry.place", "form.allowance.nights.count"}) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(getTranslation(key)));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (CarePlace place : CarePlace.values()) {
            String name = place.name().toLowerCase(Locale.ROOT);
            nights.put(place, new Element("td").setAttribute("id", "nights-" + name));
            body.appendChild(new Element("tr").appendChild(
                    new Element("th").setAttribute("scope", "row").setText(getTranslation("form.allowance.place." + name)),
                    nights.get(place)));
        }
        total.setAttribute("id", "total-allowance");
        body.appendChild(new Element("tr").setAttribute("class", "total").appendChild(
                new Element("th").setAttribute("scope", "row").setText(getTranslation("form.total")), total));
        table.appendChild(body);
        return table;
    }

    private CareEntryRow addEntry() {
        CareEntryRow entry = new CareEntryRow(documents, this::recompute);
        entry.remove.addClickListener(click -> remove(entry));
        entries.add(entry);
        showEntries();
        return entry;
    }

    /** Removes an entry; the last one removed leaves an empty one, as the page opens. */
    private void remove(CareEntryRow entry) {
        entries.remove(entry);
        if (entries.isEmpty()) {
            addEntry();
        } else {
            showEntries();
        }
    }

    private void showEntries() {
        entryList.removeAll();
        for (int i = 0; i < entries.size(); i++) {
            entries.get(i).number(i);
            entryList.add(entries.get(i));
        }
        recompute();
    }

    /** Prices what is typed now with the canton's rates: the nights and amounts of the page follow every change. */
    private void recompute() {
        HelplessnessAllowanceMinors content = allowance();
        PricedContent priced = requests.price(content);
        for (int i = 0; i < entries.size(); i++) {
            List<PricedContent.Line> lines = new ArrayList<>(priced.lines(
                    HelplessnessAllowanceMinors.entryField(i, HelplessnessAllowanceMinors.ALLOWANCE)));
            lines.addAll(priced.lines(HelplessnessAllowanceMinors.entryField(i, CareEntry.INTENSIVE_CARE)));
            Money amount = lines.stream().map(PricedContent.Line::amount).reduce(Money.ZERO, Money::plus);
            entries.get(i).show(lines.isEmpty() ? "" : getTranslation("form.allowance.entry.amount", Formats.chf(amount)));
        }
        content.nightsByPlace().forEach((place, count) -> nights.get(place).setText(String.valueOf(count)));
        total.setText(Formats.chf(priced.total()));
        changed.run();
    }

    @Override
    public InvoiceForm form() {
        return InvoiceForm.HELPLESSNESS_ALLOWANCE_MINORS;
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public String documentsTextKey() {
        return "form.allowance.documents";
    }

    @Override
    public void register(FieldErrors errors) {
        errors.register(HelplessnessAllowanceMinors.FROM, from);
        errors.register(HelplessnessAllowanceMinors.TO, to);
        for (int i = 0; i < entries.size(); i++) {
            entries.get(i).register(errors, i);
        }
    }

    @Override
    public void documentsChanged(List<String> fileNames) {
        documents = List.copyOf(fileNames);
        entries.forEach(entry -> entry.documents(documents));
    }

    @Override
    public void onChange(Runnable change) {
        changed = change;
    }

    @Override
    public Map<String, Object> draft() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(HelplessnessAllowanceMinors.FROM, DraftValues.of(from.getValue()));
        values.put(HelplessnessAllowanceMinors.TO, DraftValues.of(to.getValue()));
        values.put(ENTRIES, entries.stream().map(CareEntryRow::draft).toList());
        return values;
    }

    @Override
    public Map<String, Object> draftOf(FormContent sent) {
        HelplessnessAllowanceMinors allowance = (HelplessnessAllowanceMinors) sent;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(HelplessnessAllowanceMinors.FROM, DraftValues.of(allowance.from()));
        values.put(HelplessnessAllowanceMinors.TO, DraftValues.of(allowance.to()));
        values.put(ENTRIES, allowance.entries().stream().map(CareEntryRow::draftOf).toList());
        return values;
    }

    @Override
    public void restore(DraftState draft) {
        DraftValues.restore(from, draft.text(HelplessnessAllowanceMinors.FROM));
        DraftValues.restore(to, draft.text(HelplessnessAllowanceMinors.TO));
        entries.clear();
        for (Map<String, String> row : draft.rows(ENTRIES)) {
            CareEntryRow entry = addEntry();
            entry.restore(row);
        }
        if (entries.isEmpty()) {
            addEntry();
        }
        showEntries();
    }

    @Override
    public FormContent content() {
        return allowance();
    }

    private HelplessnessAllowanceMinors allowance() {
        return new HelplessnessAllowanceMinors(from.getValue(), to.getValue(),
                entries.stream().map(CareEntryRow::entry).toList());
    }
}
