package ch.guichetai.guichet.ui;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.primitives.Formats;
import ch.guichetai.request.DraftState;
import ch.guichetai.request.FormContent;
import ch.guichetai.request.HearingAids;
import ch.guichetai.request.HearingBenefit;
import ch.guichetai.request.HearingSection;
import ch.guichetai.request.PricedContent;
import ch.guichetai.request.Requests;
import ch.guichetai.ui.FieldErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Form 300.001 "Facture pour appareillage auditif" (seed 000 §4.2.3): "Ce formulaire est divisé en
 * 5 sections selon la prestation que vous devez vous faire rembourser", each with its date or
 * period, the type ticked and the invoiced amount; at least one filled. Under each section the
 * flat rate and the amount reimbursed, and the total, priced live by the domain with the canton's
 * rates (ADR 0032).
 */
class HearingAidsBody extends Div implements FormBody {

    private final Requests requests;
    private final Map<HearingBenefit, HearingSectionEntry> sections = new EnumMap<>(HearingBenefit.class);
    private final Paragraph total = new Paragraph();
    private Runnable changed = () -> { };

    HearingAidsBody(Requests requests) {
        this.requests = requests;
        setId("hearing-aids");
        Paragraph intro = new Paragraph(getTranslation("form.hearing.intro"));
        intro.addClassName("form-texts");
        add(intro);
        for (HearingBenefit benefit : HearingBenefit.values()) {
            HearingSectionEntry entry = new HearingSectionEntry(benefit, this::recompute);
            sections.put(benefit, entry);
            add(entry);
        }
        total.setId("total-hearing");
        total.addClassName("total");
        add(total);
        recompute();
    }

    /** Prices what is typed now: each section's flat and reimbursed amount, and the total. */
    private void recompute() {
        HearingAids typed = content(false);
        PricedContent priced = requests.price(typed);
        sections.forEach((benefit, entry) -> {
            HearingSection section = typed.section(benefit);
            Optional<ch.guichetai.money.Money> flat = Optional.ofNullable(section)
                    .filter(filled -> filled.type() != null && filled.from() != null)
                    .flatMap(filled -> filled.type().flat().flatMap(kind -> requests.rate(kind, filled.from())));
            entry.show(flat, priced.lines(benefit.key()).stream().findFirst().map(PricedContent.Line::amount));
        });
        total.setText(getTranslation("form.hearing.total", Formats.chf(priced.total())));
        changed.run();
    }

    @Override
    public InvoiceForm form() {
        return InvoiceForm.HEARING_AIDS;
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public String documentsTextKey() {
        return "form.hearing.documents";
    }

    /** "At least one section" is said at the first section's first field. */
    @Override
    public void register(FieldErrors errors) {
        errors.register(HearingAids.SECTIONS, sections.get(HearingBenefit.FITTING).first());
        sections.values().forEach(entry -> entry.register(errors));
    }

    @Override
    public void onChange(Runnable change) {
        changed = change;
    }

    @Override
    public Map<String, Object> draft() {
        Map<String, Object> values = new LinkedHashMap<>();
        sections.values().forEach(entry -> entry.draft(values));
        return values;
    }

    @Override
    public Map<String, Object> draftOf(FormContent sent) {
        HearingAids hearing = (HearingAids) sent;
        Map<String, Object> values = new LinkedHashMap<>();
        HearingSectionEntry.draftOf(values, HearingBenefit.FITTING, hearing.fitting());
        HearingSectionEntry.draftOf(values, HearingBenefit.REPAIRS, hearing.repairs());
        HearingSectionEntry.draftOf(values, HearingBenefit.BATTERIES, hearing.batteries());
        HearingSectionEntry.draftOf(values, HearingBenefit.IMPLANTS, hearing.implants());
        HearingSectionEntry.draftOf(values, HearingBenefit.HARDSHIP, hearing.hardship());
        return values;
    }

    @Override
    public void restore(DraftState draft) {
        sections.values().forEach(entry -> entry.restore(draft));
        recompute();
    }

    @Override
    public FormContent content() {
        return content(true);
    }

    private HearingAids content(boolean markRefused) {
        Map<HearingBenefit, HearingSection> typed = new EnumMap<>(HearingBenefit.class);
        sections.forEach((benefit, entry) -> typed.put(benefit, entry.section(markRefused)));
        return new HearingAids(typed.get(HearingBenefit.FITTING), typed.get(HearingBenefit.REPAIRS),
                typed.get(HearingBenefit.BATTERIES), typed.get(HearingBenefit.IMPLANTS), typed.get(HearingBenefit.HARDSHIP));
    }
}
