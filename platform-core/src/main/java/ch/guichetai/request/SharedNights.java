package ch.guichetai.request;

import ch.guichetai.money.Money;

/**
 * Row 4 of form 318.536, "Prestations de nuit avec assistant partagé": nights during which one
 * assistant looked after several insured persons, billed at the reduced rate per night that the
 * decision fixes. Everything as typed, possibly missing.
 *
 * @param insured     4.1, "Nombre d'assurés qui partagent les services d'un même assistant" (at least 2)
 * @param nights      4.2, the number of such nights in the month
 * @param reducedRate 4.3, "Taux réduit par nuit"
 */
public record SharedNights(Integer insured, Integer nights, Money reducedRate) {

    /** Field names inside {@code sharedNights[i].}: see {@link AssistanceContribution#sharedField}. */
    public static final String INSURED = "insured";
    public static final String NIGHTS = "nights";
    public static final String REDUCED_RATE = "reducedRate";

    /** One assistant for several insured persons: two at least, else it is row 3. */
    public static final int MIN_INSURED = 2;
    /** More insured persons than one assistant looks after at night: a typo. */
    public static final int MAX_INSURED = 20;

    /** Whether nothing was typed in the row (an empty row of the two the form shows is ignored). */
    public boolean nothingTyped() {
        return insured == null && nights == null && reducedRate == null;
    }
}
