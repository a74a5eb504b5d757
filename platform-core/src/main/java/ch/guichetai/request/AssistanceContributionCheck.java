package ch.guichetai.request;

import ch.guichetai.canton.RateKind;
import ch.guichetai.canton.RateTable;
import ch.guichetai.money.Money;
import ch.guichetai.primitives.Formats;
import ch.guichetai.validation.FieldCheck;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The server's checks of form 318.536 (ADR 0033), under the keys of {@link AssistanceContribution}:
 * a month neither in the future nor more than {@link #MONTHS_BACK} months back (RAI/IVV art. 39i),
 * what the month can hold (hours ≤ its days × 24, nights ≤ its days), the night rates at most the
 * official maximum of that month (RAI/IVV art. 39f al. 3), the advance at most the monthly
 * contribution of the decision, and something to bill at all.
 */
final class AssistanceContributionCheck {

    /** An invoice covers at most the last 12 months (RAI/IVV art. 39i): the current month and the 12 before it. */
    static final int MONTHS_BACK = 12;
    /** Hours are typed in quarter hours: 12, 12.25, 12.5, 12.75. */
    static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(24);

    private final FieldCheck check;
    private final YearMonth current;
    private final RateTable rates;

    AssistanceContributionCheck(FieldCheck check, LocalDate today, RateTable rates) {
        this.check = check;
        this.current = YearMonth.from(today);
        this.rates = rates;
    }

    void check(AssistanceContribution invoice) {
        YearMonth month = month(invoice.month());
        hours(AssistanceContribution.STANDARD_HOURS, invoice.standardHours());
        hours(AssistanceContribution.SPECIAL_HOURS, invoice.specialHours());
        Optional<Money> nightMaximum = Optional.ofNullable(month)
                .flatMap(known -> rates.on(RateKind.ASSISTANCE_NIGHT_MAXIMUM, known.atDay(1)));
        if (month != null) {
            hoursOfTheMonth(invoice, month);
        }
        nightFlats(invoice, month, nightMaximum);
        List<SharedNights> shared = invoice.sharedNights();
        for (int i = 0; i < shared.size(); i++) {
            if (!shared.get(i).nothingTyped()) {
                sharedNights(i, shared.get(i), month, nightMaximum);
            }
        }
        optionalAmount(AssistanceContribution.SALARY_ILLNESS, invoice.salaryIllness());
        optionalAmount(AssistanceContribution.SALARY_DEFAULT, invoice.salaryDefault());
        optionalAmount(AssistanceContribution.ADVANCE, invoice.advance());
        optionalAmount(AssistanceContribution.MONTHLY_CONTRIBUTION, invoice.monthlyContribution());
        advance(invoice);
        check.require(!nothingToBill(invoice), AssistanceContribution.STANDARD_HOURS, "invalid.assistance.nothing");
    }

    private YearMonth month(YearMonth month) {
        check.required(AssistanceContribution.MONTH, month);
        if (month == null) {
            return null;
        }
        if (month.isAfter(current)) {
            check.problem(AssistanceContribution.MONTH, "invalid.assistance.month-future");
            return null;
        }
        if (month.isBefore(current.minusMonths(MONTHS_BACK))) {
            check.problem(AssistanceContribution.MONTH, "invalid.assistance.month-too-old", MONTHS_BACK);
            return null;
        }
        return month;
    }

    private void hours(String field, BigDecimal hours) {
        if (hours != null) {
            boolean quarters = hours.signum() >= 0 && hours.remainder(QUARTER).signum() == 0;
            check.require(quarters, field, "invalid.assistance.hours");
        }
    }

    /** Rows 1 and 2 together: at most the month's days × 24 hours. */
    private void hoursOfTheMonth(AssistanceContribution invoice, YearMonth month) {
        BigDecimal hours = Optional.ofNullable(invoice.standardHours()).orElse(BigDecimal.ZERO)
                .add(Optional.ofNullable(invoice.specialHours()).orElse(BigDecimal.ZERO));
        BigDecimal most = HOURS_PER_DAY.multiply(BigDecimal.valueOf(month.lengthOfMonth()));
        String field = invoice.standardHours() != null ? AssistanceContribution.STANDARD_HOURS
                : AssistanceContribution.SPECIAL_HOURS;
        check.require(hours.compareTo(most) <= 0, field, "invalid.assistance.hours-of-month", most.toPlainString());
    }

    private void nightFlats(AssistanceContribution invoice, YearMonth month, Optional<Money> nightMaximum) {
        Integer flats = invoice.nightFlats();
        if (flats != null) {
            nights(AssistanceContribution.NIGHT_FLATS, flats, month);
            if (flats > 0) {
                check.required(AssistanceContribution.NIGHT_RATE, invoice.nightRate());
            }
        }
        nightRate(AssistanceContribution.NIGHT_RATE, invoice.nightRate(), month, nightMaximum);
    }

    private void sharedNights(int index, SharedNights row, YearMonth month, Optional<Money> nightMaximum) {
        String insured = AssistanceContribution.sharedField(index, SharedNights.INSURED);
        check.required(insured, row.insured());
        if (row.insured() != null) {
            check.require(row.insured() >= SharedNights.MIN_INSURED && row.insured() <= SharedNights.MAX_INSURED,
                    insured, "invalid.assistance.shared-insured", SharedNights.MIN_INSURED, SharedNights.MAX_INSURED);
        }
        String nights = AssistanceContribution.sharedField(index, SharedNights.NIGHTS);
        check.required(nights, row.nights());
        if (row.nights() != null) {
            nights(nights, row.nights(), month);
        }
        String rate = AssistanceContribution.sharedField(index, SharedNights.REDUCED_RATE);
        check.required(rate, row.reducedRate());
        nightRate(rate, row.reducedRate(), month, nightMaximum);
    }

    /** No negative count, and at most one night a day of the month. */
    private void nights(String field, int nights, YearMonth month) {
        if (nights < 0) {
            check.problem(field, "invalid.assistance.nights-negative");
        } else if (month != null) {
            check.require(nights <= month.lengthOfMonth(), field, "invalid.assistance.nights-of-month",
                    month.lengthOfMonth());
        }
    }

    /** A rate from the decision: positive, and at most the official night maximum of the month. */
    private void nightRate(String field, Money rate, YearMonth month, Optional<Money> maximum) {
        if (rate == null) {
            return;
        }
        check.require(rate.isPositive(), field, "invalid.amount.not-positive");
        if (month != null && maximum.isEmpty()) {
            check.problem(field, "invalid.request.no-rate");
        }
        maximum.ifPresent(most -> check.require(rate.compareTo(most) <= 0, field, "invalid.assistance.night-rate",
                Formats.chf(most)));
    }

    private void optionalAmount(String field, Money amount) {
        if (amount != null) {
            check.require(amount.isPositive(), field, "invalid.amount.not-positive");
            check.require(amount.compareTo(RequestCheck.MAX_AMOUNT) <= 0, field, "invalid.amount.too-large");
        }
    }

    /** Row 7: at most the monthly contribution of the decision, which is then required. */
    private void advance(AssistanceContribution invoice) {
        if (invoice.advance() == null) {
            return;
        }
        check.required(AssistanceContribution.MONTHLY_CONTRIBUTION, invoice.monthlyContribution());
        if (invoice.monthlyContribution() != null) {
            check.require(invoice.advance().compareTo(invoice.monthlyContribution()) <= 0, AssistanceContribution.ADVANCE,
                    "invalid.assistance.advance", Formats.chf(invoice.monthlyContribution()));
        }
    }

    private static boolean nothingToBill(AssistanceContribution invoice) {
        return invoice.standardHours() == null && invoice.specialHours() == null && invoice.nightFlats() == null
                && invoice.sharedNights().stream().allMatch(SharedNights::nothingTyped) && invoice.salaryIllness() == null
                && invoice.salaryDefault() == null && invoice.advance() == null;
    }
}
