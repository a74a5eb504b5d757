package ch.guichetai.request;

import ch.guichetai.canton.RateKind;

/** A row of the "Nourriture / Logement" table of form 318.632.1, priced by its flat rate per day. */
public enum MealCategory {
    /** "5 à 8h par jour": meal flat for an absence of 5 to 8 hours. */
    FIVE_TO_EIGHT_HOURS(RateKind.MEAL_5_TO_8_HOURS),
    /** "Plus de 8h par jour": meal flat for an absence of more than 8 hours. */
    OVER_EIGHT_HOURS(RateKind.MEAL_OVER_8_HOURS),
    /** "Logement à l'extérieur": per night. */
    LODGING(RateKind.LODGING_PER_NIGHT);

    private final RateKind rate;

    MealCategory(RateKind rate) {
        this.rate = rate;
    }

    public RateKind rate() {
        return rate;
    }
}
