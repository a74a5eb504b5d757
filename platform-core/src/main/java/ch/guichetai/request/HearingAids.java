package ch.guichetai.request;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.canton.RateTable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Form 300.001, "Facture pour appareillage auditif": five optional sections, at least one filled
 * (see {@link HearingBenefit}). Each filled section is one line of the table, the amount the IV
 * reimburses: the invoiced amount, capped by the federal flat rate where one applies (ADR 0032).
 */
public record HearingAids(HearingSection fitting, HearingSection repairs, HearingSection batteries,
                          HearingSection implants, HearingSection hardship) implements FormContent {

    /** Field key of the form's top when no section is filled. */
    public static final String SECTIONS = "sections";

    /** The filled sections, in the form's order. */
    public Map<HearingBenefit, HearingSection> filled() {
        Map<HearingBenefit, HearingSection> filled = new EnumMap<>(HearingBenefit.class);
        for (HearingBenefit benefit : HearingBenefit.values()) {
            HearingSection section = section(benefit);
            if (section != null) {
                filled.put(benefit, section);
            }
        }
        return filled;
    }

    /** A section; null when it is not filled. */
    public HearingSection section(HearingBenefit benefit) {
        return switch (benefit) {
            case FITTING -> fitting;
            case REPAIRS -> repairs;
            case BATTERIES -> batteries;
            case IMPLANTS -> implants;
            case HARDSHIP -> hardship;
        };
    }

    @Override
    public InvoiceForm form() {
        return InvoiceForm.HEARING_AIDS;
    }

    /** From the first day of a section to the last. */
    @Override
    public ServicePeriod servicePeriod() {
        return filled().values().stream().map(HearingSection::period).reduce(ServicePeriod::span)
                .orElseThrow(() -> new IllegalStateException("no section"));
    }

    /** One line per filled section, under its key ("fitting"): the amount reimbursed. */
    @Override
    public PricedContent price(RateTable rates) {
        List<PricedContent.Line> lines = new ArrayList<>();
        List<String> unpriced = new ArrayList<>();
        filled().forEach((benefit, section) -> {
            if (section.flatMissing(rates)) {
                unpriced.add(benefit.field(HearingSection.FROM));
            }
            lines.add(PricedContent.Line.typed(benefit.key(), section.reimbursed(rates)));
        });
        return PricedContent.ofLines(lines, unpriced);
    }
}
