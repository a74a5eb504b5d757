package ch.guichetai.request;

import ch.guichetai.canton.RateKind;
import java.util.Optional;

/** "Degré SSI" of form 318.632.2: the supplement for intensive care the decision grants, by hours of care a day. */
public enum IntensiveCare {
    /** "Aucun". */
    NONE(null),
    /** At least 4 hours a day. */
    FOUR_HOURS(RateKind.INTENSIVE_CARE_4_HOURS_PER_DAY),
    /** At least 6 hours a day. */
    SIX_HOURS(RateKind.INTENSIVE_CARE_6_HOURS_PER_DAY),
    /** At least 8 hours a day. */
    EIGHT_HOURS(RateKind.INTENSIVE_CARE_8_HOURS_PER_DAY);

    private final RateKind rate;

    IntensiveCare(RateKind rate) {
        this.rate = rate;
    }

    /** The daily rate at home; none for {@link #NONE}. */
    public Optional<RateKind> rate() {
        return Optional.ofNullable(rate);
    }
}
