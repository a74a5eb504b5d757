package ch.guichetai.request;

import ch.guichetai.canton.RateTable;
import ch.guichetai.catalogue.AssistiveDeviceCatalog;
import ch.guichetai.document.DocumentFile;
import ch.guichetai.money.Money;
import ch.guichetai.validation.FieldCheck;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The server's checks of a request, field by field, under the keys of the records: what is missing,
 * dates in the future or older than the office accepts, amounts out of range, too many documents.
 * Whether the beneficiary, the IBAN and the decision number are the actor's to use is checked by
 * {@link Requests}, which knows them.
 * <p>
 * The dates: none after today, none before the first day of the five years a claim may reach back
 * (ATSG art. 24 al. 1: the right to benefits owed expires five years after the end of the month
 * for which they were owed; an office accepting less says so when it decides).
 */
final class RequestCheck extends FieldCheck {

    /** More than any single amount of these forms: a typo, not an invoice. */
    static final Money MAX_AMOUNT = Money.chf("100000.00");
    static final int YEARS_BACK = 5;

    private final LocalDate today;
    private final RateTable rates;
    private final AssistiveDeviceCatalog devices;

    /**
     * @param rates   the canton's rates, for the limits that depend on the day (a night's maximum)
     * @param devices the items the forms 318.635–639 offer, with their maximum amounts
     */
    RequestCheck(LocalDate today, RateTable rates, AssistiveDeviceCatalog devices) {
        this.today = today;
        this.rates = rates;
        this.devices = devices;
    }

    /** The first day a request may bill. */
    static LocalDate firstBillableDay(LocalDate today) {
        return today.minusYears(YEARS_BACK);
    }

    void header(RequestHeader header) {
        required(RequestHeader.IBAN, header.iban());
        required(RequestHeader.DECISION_NUMBER, header.decisionNumber());
        optionalText(RequestHeader.DECISION_DESCRIPTION, header.decisionDescription(),
                RequestHeader.DECISION_DESCRIPTION_MAX_LENGTH);
        optionalText(RequestHeader.REMARKS, header.remarks(), RequestHeader.REMARKS_MAX_LENGTH);
    }

    /** The form's own fields; {@code documents} for the forms that require some for some entries. */
    void content(FormContent content, List<? extends DocumentFile> documents) {
        switch (content) {
            case GenericInvoice invoice -> invoice(invoice);
            case TravelAndMeals travel -> travel(travel);
            case HelplessnessAllowanceMinors allowance -> new HelplessnessAllowanceCheck(this).check(allowance, documents);
            case AssistanceContribution assistance -> new AssistanceContributionCheck(this, today, rates).check(assistance);
            case AssistiveDevices assistive -> new AssistiveDevicesCheck(this, rates, devices).check(assistive);
            case HearingAids hearing -> new HearingAidsCheck(this).check(hearing, documents);
        }
    }

    void documents(List<? extends DocumentFile> documents, long maxBytes, boolean required) {
        if (required && documents.isEmpty()) {
            required(NewRequest.DOCUMENTS, null);
        }
        require(documents.size() <= NewRequest.MAX_DOCUMENTS, NewRequest.DOCUMENTS, "invalid.request.too-many-documents",
                NewRequest.MAX_DOCUMENTS);
        require(documents.stream().allMatch(document -> document.size() <= maxBytes), NewRequest.DOCUMENTS,
                "invalid.document.too-large", maxBytes / (1024 * 1024));
    }

    /** Amounts the canton has no rate for on their day. */
    void rates(PricedContent priced) {
        priced.unpriced().forEach(field -> problem(field, "invalid.request.no-rate"));
    }

    private void invoice(GenericInvoice invoice) {
        LocalDate from = date(GenericInvoice.SERVICE_FROM, invoice.serviceFrom(), true);
        LocalDate to = date(GenericInvoice.SERVICE_TO, invoice.serviceTo(), false);
        order(from, to, GenericInvoice.SERVICE_TO);
        text(GenericInvoice.ISSUER, invoice.issuer(), GenericInvoice.ISSUER_MAX_LENGTH);
        optionalText(GenericInvoice.INVOICE_NUMBER, invoice.invoiceNumber(), GenericInvoice.INVOICE_NUMBER_MAX_LENGTH);
        date(GenericInvoice.INVOICE_DATE, invoice.invoiceDate(), false);
        amount(GenericInvoice.AMOUNT, invoice.amount());
        optionalText(GenericInvoice.DESCRIPTION, invoice.description(), GenericInvoice.DESCRIPTION_MAX_LENGTH);
    }

    private void travel(TravelAndMeals travel) {
        if (travel.trips().isEmpty()) {
            required(TravelAndMeals.TRIPS, null);
        }
        for (int i = 0; i < travel.trips().size(); i++) {
            trip(i, travel.trips().get(i));
        }
        travel.meals().ifPresent(this::meals);
    }

    private void trip(int index, Trip trip) {
        LocalDate start = date(TravelAndMeals.tripField(index, Trip.START), trip.start(), true);
        LocalDate end = date(TravelAndMeals.tripField(index, Trip.END), trip.end(), true);
        order(start, end, TravelAndMeals.tripField(index, Trip.END));
        text(TravelAndMeals.tripField(index, Trip.PURPOSE), trip.purpose(), Trip.PURPOSE_MAX_LENGTH);
        text(TravelAndMeals.tripField(index, Trip.FROM), trip.from(), Trip.PLACE_MAX_LENGTH);
        text(TravelAndMeals.tripField(index, Trip.TO), trip.to(), Trip.PLACE_MAX_LENGTH);
        String type = TravelAndMeals.tripField(index, Trip.TICKET_TYPE);
        required(type, trip.ticketType());
        if (trip.ticketType() == null) {
            return;
        }
        if (trip.ticketType().isPublicTransport()) {
            amount(TravelAndMeals.tripField(index, Trip.TICKET_AMOUNT), trip.ticketAmount());
            return;
        }
        require(!trip.companion(), type, "invalid.trip.companion-by-car");
        String kilometres = TravelAndMeals.tripField(index, Trip.KILOMETRES);
        required(kilometres, trip.kilometres());
        if (trip.kilometres() != null) {
            require(trip.kilometres() >= 1 && trip.kilometres() <= Trip.MAX_KILOMETRES, kilometres,
                    "invalid.trip.kilometres", Trip.MAX_KILOMETRES);
        }
    }

    private void meals(Meals meals) {
        LocalDate from = date(Meals.FROM, meals.from(), true);
        LocalDate to = date(Meals.TO, meals.to(), true);
        if (!order(from, to, Meals.TO)) {
            return;
        }
        ServicePeriod period = new ServicePeriod(from, to);
        boolean inside = meals.byCategory().values().stream().flatMap(List::stream).allMatch(period::contains);
        require(inside, Meals.DAYS, "invalid.meals.day-outside-period");
        require(meals.daysInBothMealCategories().isEmpty(), Meals.DAYS, "invalid.meals.two-categories");
    }

    /** A date neither after today nor before the first billable day; null (and a problem) otherwise. */
    LocalDate date(String field, LocalDate date, boolean required) {
        if (date == null) {
            if (required) {
                required(field, null);
            }
            return null;
        }
        if (date.isAfter(today)) {
            problem(field, "invalid.date.future");
            return null;
        }
        if (date.isBefore(firstBillableDay(today))) {
            problem(field, "invalid.date.too-old");
            return null;
        }
        return date;
    }

    /** Whether both dates are known and in order; an end before the start is a problem of the end. */
    boolean order(LocalDate start, LocalDate end, String endField) {
        if (start == null || end == null) {
            return false;
        }
        require(!end.isBefore(start), endField, ServicePeriod.END_BEFORE_START);
        return !end.isBefore(start);
    }

    void amount(String field, Money amount) {
        required(field, amount);
        Optional.ofNullable(amount).ifPresent(value -> {
            require(value.isPositive(), field, "invalid.amount.not-positive");
            require(value.compareTo(MAX_AMOUNT) <= 0, field, "invalid.amount.too-large");
        });
    }
}
