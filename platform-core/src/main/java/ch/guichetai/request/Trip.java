package ch.guichetai.request;

import ch.guichetai.money.Money;
import java.time.LocalDate;

/**
 * One entry of "Frais de voyage" (form 318.632.1): when, why, from where to where, and how.
 * A companion's trip ("Ajouter un accompagnant") repeats the trip with the companion's own ticket
 * amount; it is priced like any public-transport trip.
 *
 * @param purpose      "But du voyage / Type de mesure", such as "placement à l'essai"
 * @param ticketAmount the ticket's price, for public transport (null for a car)
 * @param kilometres   whole kilometres, for a car (null for public transport)
 * @param companion    whether this is the ticket of the person's companion
 */
public record Trip(LocalDate start, LocalDate end, String purpose, String from, String to, TicketType ticketType,
                   Money ticketAmount, Integer kilometres, boolean companion) {

    /** Field names inside {@code trips[i].}: see {@link TravelAndMeals#tripField}. */
    public static final String START = "start";
    public static final String END = "end";
    public static final String PURPOSE = "purpose";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String TICKET_TYPE = "ticketType";
    public static final String TICKET_AMOUNT = "ticketAmount";
    public static final String KILOMETRES = "kilometres";

    public static final int PURPOSE_MAX_LENGTH = 200;
    public static final int PLACE_MAX_LENGTH = 100;
    /** More than a car trip to be reimbursed ever covers: a typo, not a journey. */
    public static final int MAX_KILOMETRES = 5000;

    /** The companion's copy of this trip, without the ticket amount that the companion's ticket has. */
    public Trip forCompanion() {
        return new Trip(start, end, purpose, from, to, ticketType, null, null, true);
    }

    boolean byCar() {
        return ticketType == TicketType.CAR;
    }
}
