package ch.guichetai.canton;

import ch.guichetai.money.Money;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rates of one canton, each a list of non-overlapping validity periods. */
public final class RateTable {

    private final Map<RateKind, List<RatePeriod>> periods;

    public RateTable(Map<RateKind, List<RatePeriod>> periods) {
        EnumMap<RateKind, List<RatePeriod>> copy = new EnumMap<>(RateKind.class);
        periods.forEach((kind, list) -> {
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    if (list.get(i).overlaps(list.get(j))) {
                        throw new IllegalArgumentException("'" + kind.key() + "' has overlapping periods starting "
                                + list.get(i).validFrom() + " and " + list.get(j).validFrom());
                    }
                }
            }
            copy.put(kind, List.copyOf(list));
        });
        this.periods = Map.copyOf(copy);
    }

    public boolean defines(RateKind kind) {
        return periods.containsKey(kind);
    }

    /** The rate that applies on a day; empty when no period covers it. */
    public Optional<Money> on(RateKind kind, LocalDate day) {
        return periods.getOrDefault(kind, List.of()).stream()
                .filter(period -> period.covers(day))
                .map(RatePeriod::amount)
                .findFirst();
    }

    public List<RatePeriod> periods(RateKind kind) {
        return periods.getOrDefault(kind, List.of());
    }
}
