package ch.guichetai.request;

/**
 * How a trip of form 318.632.1 was made ("Type de billet"): a public-transport ticket, whose
 * amount the person types, or by car, whose amount is the kilometres × the car rate of the day.
 */
public enum TicketType {
    /** Transport public – Aller. */
    SINGLE,
    /** Transport public – Aller-retour. */
    RETURN,
    /** Transport public – Carte multi-courses. */
    MULTI_TRIP,
    /** Transport public – Abonnement. */
    SUBSCRIPTION,
    /** Voiture: kilometres × the car rate. */
    CAR;

    public boolean isPublicTransport() {
        return this != CAR;
    }
}
