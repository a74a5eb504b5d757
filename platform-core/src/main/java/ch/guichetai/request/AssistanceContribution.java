package ch.guichetai.request;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.canton.RateKind;
import ch.guichetai.canton.RateTable;
import ch.guichetai.money.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Form 318.536, "Facture pour la contribution d'assistance" (seed 003 §4.2.4): one invoice per
 * month, the table of rows 1 to 7 as typed. The hourly rates are the canton's for that month; the
 * night rate, the reduced rates of shared nights and the monthly contribution come from the
 * person's decision and are typed.
 *
 * @param month               the month billed ("En sélectionnant l'année et le mois…")
 * @param standardHours       1, hours provided by all assistants together, in quarter hours
 * @param specialHours        2, hours with a special qualification explicitly decided, in quarter hours
 * @param nightFlats          3, night flats provided
 * @param nightRate           3.1, the night flat's rate written in the decision
 * @param sharedNights        4, nights with a shared assistant: the rows as typed (empty rows are ignored)
 * @param salaryIllness       5, salary paid on while the assistant is ill (art. 324a CO)
 * @param salaryDefault       6, salary paid on while the work cannot be done (art. 324a CO, employer's default)
 * @param advance             7, the advance asked for
 * @param monthlyContribution the monthly assistance contribution of the decision, the advance's cap
 */
public record AssistanceContribution(YearMonth month, BigDecimal standardHours, BigDecimal specialHours,
                                     Integer nightFlats, Money nightRate, List<SharedNights> sharedNights,
                                     Money salaryIllness, Money salaryDefault, Money advance,
                                     Money monthlyContribution) implements FormContent {

    /** Field keys of {@link ch.guichetai.validation.InvalidInputException}. */
    public static final String MONTH = "month";
    public static final String STANDARD_HOURS = "standardHours";
    public static final String SPECIAL_HOURS = "specialHours";
    public static final String NIGHT_FLATS = "nightFlats";
    public static final String NIGHT_RATE = "nightRate";
    public static final String SHARED_NIGHTS = "sharedNights";
    public static final String SALARY_ILLNESS = "salaryIllness";
    public static final String SALARY_DEFAULT = "salaryDefault";
    public static final String ADVANCE = "advance";
    public static final String MONTHLY_CONTRIBUTION = "monthlyContribution";

    /** Keys of the table's rows ({@link PricedContent.Line#key()}), in the form's order. */
    public static final String ROW_STANDARD = "rows.standard";
    public static final String ROW_SPECIAL = "rows.special";
    public static final String ROW_NIGHTS = "rows.nights";
    public static final String ROW_ILLNESS = "rows.illness";
    public static final String ROW_DEFAULT = "rows.default";
    public static final String ROW_ADVANCE = "rows.advance";

    public AssistanceContribution {
        sharedNights = sharedNights == null ? List.of() : List.copyOf(sharedNights);
    }

    /** The key of a field of the shared-nights row at {@code index}: {@code sharedNights[0].nights}. */
    public static String sharedField(int index, String field) {
        return SHARED_NIGHTS + "[" + index + "]." + field;
    }

    /** The key of the line of the shared-nights row at {@code index}: {@code rows.shared[0]}. */
    public static String sharedRow(int index) {
        return "rows.shared[" + index + "]";
    }

    @Override
    public InvoiceForm form() {
        return InvoiceForm.ASSISTANCE_CONTRIBUTION;
    }

    /** The month's first to last day. */
    @Override
    public ServicePeriod servicePeriod() {
        return new ServicePeriod(month.atDay(1), month.atEndOfMonth());
    }

    /**
     * Rows 1 and 2 cost their hours × the hourly rate in force on the month's first day (the rates
     * change on 1 January only); rows 3 and 4 their nights × the rate typed from the decision; rows
     * 5 to 7 are amounts typed as such. A row with nothing typed has no line, nor hours without a
     * month; hours of a month without a rate are named in {@link PricedContent#unpriced()}.
     */
    @Override
    public PricedContent price(RateTable rates) {
        List<PricedContent.Line> lines = new ArrayList<>();
        List<String> unpriced = new ArrayList<>();
        hours(ROW_STANDARD, STANDARD_HOURS, standardHours, RateKind.ASSISTANCE_HOUR_STANDARD, rates, lines, unpriced);
        hours(ROW_SPECIAL, SPECIAL_HOURS, specialHours, RateKind.ASSISTANCE_HOUR_SPECIAL_QUALIFICATION, rates, lines,
                unpriced);
        nights(ROW_NIGHTS, nightFlats, nightRate, lines);
        for (int i = 0; i < sharedNights.size(); i++) {
            SharedNights row = sharedNights.get(i);
            nights(sharedRow(i), row.nights(), row.reducedRate(), lines);
        }
        typed(ROW_ILLNESS, salaryIllness, lines);
        typed(ROW_DEFAULT, salaryDefault, lines);
        typed(ROW_ADVANCE, advance, lines);
        return PricedContent.ofLines(lines, unpriced);
    }

    /** The hourly rate of a kind in force in the month, if the month is known and has one. */
    public Optional<Money> rate(RateKind kind, RateTable rates) {
        return month == null ? Optional.empty() : rates.on(kind, month.atDay(1));
    }

    private void hours(String row, String field, BigDecimal hours, RateKind kind, RateTable rates,
                       List<PricedContent.Line> lines, List<String> unpriced) {
        if (hours == null || month == null) {
            return;
        }
        Optional<Money> rate = rate(kind, rates);
        if (rate.isEmpty()) {
            unpriced.add(field);
            return;
        }
        lines.add(PricedContent.Line.rated(row, hours, rate.get()));
    }

    private static void nights(String row, Integer nights, Money rate, List<PricedContent.Line> lines) {
        if (nights != null && rate != null) {
            lines.add(PricedContent.Line.rated(row, BigDecimal.valueOf(nights), rate));
        }
    }

    private static void typed(String row, Money amount, List<PricedContent.Line> lines) {
        if (amount != null) {
            lines.add(PricedContent.Line.typed(row, amount));
        }
    }
}
