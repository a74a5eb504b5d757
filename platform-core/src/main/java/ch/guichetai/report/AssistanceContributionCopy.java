package ch.guichetai.report;

import ch.guichetai.canton.RateKind;
import ch.guichetai.canton.RateTable;
import ch.guichetai.money.Money;
import ch.guichetai.primitives.Formats;
import ch.guichetai.request.AssistanceContribution;
import ch.guichetai.request.PricedContent;
import ch.guichetai.request.SharedNights;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Form 318.536 in the copy: the month, then the table of seed 003 with every row 1 to 7 (hours,
 * nights, rate, amount; row 4 once per shared-nights row typed, or once empty), the monthly
 * contribution of the decision when an advance is asked, and the total, as the request's priced
 * content has them.
 */
final class AssistanceContributionCopy {

    private AssistanceContributionCopy() {
    }

    static FormCopy of(AssistanceContribution invoice, PricedContent priced, RateTable rates, CopyTexts texts) {
        Rows rows = new Rows();
        hours(rows, texts.text("assistance.standard"), invoice.standardHours(),
                invoice.rate(RateKind.ASSISTANCE_HOUR_STANDARD, rates), priced.linesTotal(AssistanceContribution.ROW_STANDARD));
        hours(rows, texts.text("assistance.special"), invoice.specialHours(),
                invoice.rate(RateKind.ASSISTANCE_HOUR_SPECIAL_QUALIFICATION, rates),
                priced.linesTotal(AssistanceContribution.ROW_SPECIAL));
        nights(rows, texts.text("assistance.nights"), "", invoice.nightFlats(), invoice.nightRate(),
                priced.linesTotal(AssistanceContribution.ROW_NIGHTS));
        List<SharedNights> shared = invoice.sharedNights();
        for (int i = 0; i < shared.size(); i++) {
            SharedNights row = shared.get(i);
            if (!row.nothingTyped()) {
                nights(rows, texts.text("assistance.shared"),
                        texts.format("assistance.shared.insured", Objects.toString(row.insured(), "")), row.nights(),
                        row.reducedRate(), priced.linesTotal(AssistanceContribution.sharedRow(i)));
            }
        }
        if (shared.stream().allMatch(SharedNights::nothingTyped)) {
            nights(rows, texts.text("assistance.shared"), "", null, null, Money.ZERO);
        }
        typed(rows, texts.text("assistance.illness"), invoice.salaryIllness());
        typed(rows, texts.text("assistance.default"), invoice.salaryDefault());
        typed(rows, texts.text("assistance.advance"), invoice.advance());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("month", invoice.month()
                .format(DateTimeFormatter.ofPattern("MMMM yyyy", texts.language().locale())));
        parameters.put("hasMonthlyContribution", invoice.monthlyContribution() != null);
        parameters.put("monthlyContribution", Optional.ofNullable(invoice.monthlyContribution()).map(Formats::chf)
                .orElse(""));
        parameters.put("total", Formats.chf(priced.total()));
        return new FormCopy("assistance-contribution", parameters, rows);
    }

    private static void hours(Rows rows, String label, BigDecimal hours, Optional<Money> rate, Money amount) {
        rows.add(row(label, "", hours == null ? "" : hours.stripTrailingZeros().toPlainString(), "",
                rate.map(Formats::chf).orElse(""), amount));
    }

    private static void nights(Rows rows, String label, String detail, Integer nights, Money rate, Money amount) {
        rows.add(row(label, detail, "", Objects.toString(nights, ""), rate == null ? "" : Formats.chf(rate), amount));
    }

    private static void typed(Rows rows, String label, Money amount) {
        rows.add(row(label, "", "", "", "", Objects.requireNonNullElse(amount, Money.ZERO)));
    }

    private static Map<String, String> row(String label, String detail, String hours, String nights, String rate,
                                           Money amount) {
        return Map.of("label", label, "detail", detail, "hours", hours, "nights", nights, "rate", rate,
                "amount", Formats.chf(amount));
    }
}
