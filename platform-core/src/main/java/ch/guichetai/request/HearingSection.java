package ch.guichetai.request;

import ch.guichetai.canton.RateTable;
import ch.guichetai.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One filled section of form 300.001: the date or period, the type ticked and the invoiced amount.
 *
 * @param to     the last day of a period; null for a single date
 * @param amount what the supplier invoiced, which may exceed the flat rate (see {@link #reimbursed})
 */
public record HearingSection(LocalDate from, LocalDate to, HearingType type, Money amount) {

    /** Field names inside a section: see {@link HearingBenefit#field}. */
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String TYPE = "type";
    public static final String AMOUNT = "amount";

    public ServicePeriod period() {
        return new ServicePeriod(from, to == null ? from : to);
    }

    /** The flat rate in force on the section's first day for its type; empty where none applies. */
    public Optional<Money> flat(RateTable rates) {
        if (type == null || from == null) {
            return Optional.empty();
        }
        return type.flat().flatMap(kind -> rates.on(kind, from));
    }

    /** Whether the type has a flat rate but the canton has none on the section's first day. */
    boolean flatMissing(RateTable rates) {
        return type != null && from != null && type.flat().isPresent() && flat(rates).isEmpty();
    }

    /**
     * What the IV reimburses: the invoiced amount, at most the flat rate (the insured pays the
     * difference); zero while the amount is missing.
     */
    public Money reimbursed(RateTable rates) {
        Money invoiced = amount == null ? Money.ZERO : amount;
        return flat(rates).filter(flat -> flat.compareTo(invoiced) < 0).orElse(invoiced);
    }

    /** Whether the invoiced amount exceeds the flat rate, so that the flat is reimbursed instead. */
    public boolean aboveFlat(RateTable rates) {
        return amount != null && flat(rates).filter(flat -> amount.compareTo(flat) > 0).isPresent();
    }
}
