package ch.guichetai.request;

import ch.guichetai.canton.RateKind;

/** "Degré API" of form 318.632.2: the degree of helplessness the decision grants, with its daily rate at home. */
public enum HelplessnessDegree {
    /** "Faible". */
    LIGHT(RateKind.MINOR_ALLOWANCE_LIGHT_PER_DAY),
    /** "Moyen". */
    MEDIUM(RateKind.MINOR_ALLOWANCE_MEDIUM_PER_DAY),
    /** "Grave". */
    SEVERE(RateKind.MINOR_ALLOWANCE_SEVERE_PER_DAY);

    private final RateKind rate;

    HelplessnessDegree(RateKind rate) {
        this.rate = rate;
    }

    public RateKind rate() {
        return rate;
    }
}
