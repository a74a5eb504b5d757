package ch.guichetai.report;

import ch.guichetai.primitives.Formats;
import ch.guichetai.request.CareEntry;
import ch.guichetai.request.CarePlace;
import ch.guichetai.request.HelplessnessAllowanceMinors;
import ch.guichetai.request.PricedContent;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Form 318.632.2 in the copy: the accounting period, every entry (this report's rows: dates, nights,
 * place, degrees, attestation), the nights per place, the priced lines of the nights at home and
 * the total, as the request's priced content has them.
 */
final class HelplessnessAllowanceCopy {

    private HelplessnessAllowanceCopy() {
    }

    static FormCopy of(HelplessnessAllowanceMinors allowance, PricedContent priced, CopyTexts texts) {
        Rows entries = new Rows();
        Rows lines = new Rows();
        for (int i = 0; i < allowance.entries().size(); i++) {
            CareEntry entry = allowance.entries().get(i);
            entries.add(Map.of(
                    "number", String.valueOf(i + 1),
                    "dates", texts.format("copy.period", Formats.date(entry.start()), Formats.date(entry.end())),
                    "nights", String.valueOf(entry.nights()),
                    "place", texts.text("allowance.place." + entry.place().name()),
                    "degree", texts.text("allowance.degree." + entry.degree().name()),
                    "intensiveCare", texts.text("allowance.intensiveCare." + entry.intensiveCare().name()),
                    "attestation", Objects.toString(entry.attestation(), "")));
            String allowanceLabel = texts.format("allowance.line.allowance", i + 1,
                    texts.text("allowance.degree." + entry.degree().name()));
            String supplementLabel = texts.format("allowance.line.intensiveCare", i + 1,
                    texts.text("allowance.intensiveCare." + entry.intensiveCare().name()));
            add(lines, allowanceLabel, priced, HelplessnessAllowanceMinors.entryField(i, HelplessnessAllowanceMinors.ALLOWANCE), texts);
            add(lines, supplementLabel, priced, HelplessnessAllowanceMinors.entryField(i, CareEntry.INTENSIVE_CARE), texts);
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("period", texts.format("copy.period", Formats.date(allowance.from()), Formats.date(allowance.to())));
        Map<CarePlace, Integer> nights = allowance.nightsByPlace();
        parameters.put("nightsDomicile", String.valueOf(nights.get(CarePlace.DOMICILE)));
        parameters.put("nightsHospital", String.valueOf(nights.get(CarePlace.HOSPITAL)));
        parameters.put("nightsCareHome", String.valueOf(nights.get(CarePlace.CARE_HOME)));
        parameters.put("lines", lines.dataSource());
        parameters.put("noLines", lines.isEmpty());
        parameters.put("total", Formats.chf(priced.total()));
        return new FormCopy("helplessness-allowance", parameters, entries);
    }

    private static void add(Rows lines, String label, PricedContent priced, String key, CopyTexts texts) {
        for (PricedContent.Line line : priced.lines(key)) {
            lines.add(Map.of(
                    "label", label,
                    "nights", texts.format("allowance.line.nights", line.quantity().intValueExact()),
                    "rate", Formats.chf(line.rate()),
                    "amount", Formats.chf(line.amount())));
        }
    }
}
