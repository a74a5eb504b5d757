package ch.guichetai.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in Swiss francs with exactly two decimals. The only money type of the platform:
 * never a double, never a bare BigDecimal crossing a module boundary.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("CHF amounts have at most two decimals: " + amount.toPlainString());
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Parses "34.30", "19", "0.45"; rejects anything else, including more than two decimals. */
    public static Money chf(String amount) {
        if (amount == null || !amount.matches("-?\\d{1,9}(\\.\\d{1,2})?")) {
            throw new IllegalArgumentException("not a CHF amount with at most two decimals: " + amount);
        }
        return new Money(new BigDecimal(amount));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    /** Multiplies by a quantity (hours, kilometres, nights) and rounds to the centime, half up. */
    public Money times(BigDecimal quantity) {
        return new Money(amount.multiply(quantity).setScale(2, RoundingMode.HALF_UP));
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return "CHF " + amount.toPlainString();
    }
}
