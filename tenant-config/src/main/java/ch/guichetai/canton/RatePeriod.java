package ch.guichetai.canton;

import ch.guichetai.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A rate valid from a day up to an optional last day (inclusive). */
public record RatePeriod(LocalDate validFrom, Optional<LocalDate> validUntil, Money amount) {

    public RatePeriod {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a rate must be positive, not " + amount);
        }
        if (validUntil.isPresent() && validUntil.get().isBefore(validFrom)) {
            throw new IllegalArgumentException("valid-until " + validUntil.get() + " is before valid-from " + validFrom);
        }
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && validUntil.map(until -> !day.isAfter(until)).orElse(true);
    }

    boolean overlaps(RatePeriod other) {
        return covers(other.validFrom) || other.covers(validFrom);
    }
}
