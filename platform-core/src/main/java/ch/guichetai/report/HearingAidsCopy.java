package ch.guichetai.report;

import ch.guichetai.canton.RateTable;
import ch.guichetai.primitives.Formats;
import ch.guichetai.request.HearingAids;
import ch.guichetai.request.HearingSection;
import ch.guichetai.request.PricedContent;
import java.util.Map;

/**
 * Form 300.001 in the copy: one row per filled section with its date or period, type, invoiced
 * amount, flat rate and reimbursed amount, a note where the invoice exceeds the flat (ADR 0032),
 * and the total.
 */
final class HearingAidsCopy {

    private HearingAidsCopy() {
    }

    static FormCopy of(HearingAids hearing, PricedContent priced, RateTable rates, CopyTexts texts) {
        Rows rows = new Rows();
        hearing.filled().forEach((benefit, section) -> rows.add(Map.of(
                "section", texts.text("hearing." + benefit.name()),
                "period", period(section, texts),
                "type", texts.text("hearing.type." + section.type().name()),
                "invoiced", Formats.chf(section.amount()),
                "flat", section.flat(rates).map(Formats::chf).orElse(texts.text("hearing.noFlat")),
                "reimbursed", Formats.chf(priced.lines(benefit.key()).getFirst().amount()),
                "note", section.aboveFlat(rates)
                        ? texts.format("hearing.aboveFlat", Formats.chf(section.flat(rates).orElseThrow())) : "")));
        return new FormCopy("hearing-aids", Map.of("total", Formats.chf(priced.total())), rows);
    }

    private static String period(HearingSection section, CopyTexts texts) {
        return section.to() == null ? Formats.date(section.from())
                : texts.format("copy.period", Formats.date(section.from()), Formats.date(section.to()));
    }
}
