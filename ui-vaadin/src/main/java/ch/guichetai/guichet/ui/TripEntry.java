package ch.guichetai.guichet.ui;

import static ch.guichetai.guichet.ui.RequestFrame.blankToNull;

import ch.guichetai.money.Money;
import ch.guichetai.primitives.Formats;
import ch.guichetai.request.TicketType;
import ch.guichetai.request.TravelAndMeals;
import ch.guichetai.request.Trip;
import ch.guichetai.ui.FieldErrors;
import ch.guichetai.ui.FormFields;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of "Frais de voyage" (seed 000 §4.2.5, 004): Début, Fin, But du voyage / Type de
 * mesure, Parcours de … à …, Type de billet with its amount, or Voiture with the kilometres. A
 * companion's entry ("Ajouter un accompagnant") repeats the trip it accompanies and asks only the
 * companion's ticket amount.
 */
class TripEntry extends Div {

    private static final String COMPANION = "companion";

    private final Optional<TripEntry> accompanied;
    private final DatePicker start = FormFields.pastDate("form.trip.start");
    private final DatePicker end = FormFields.pastDate("form.trip.end");
    private final TextField purpose = FormFields.text("form.trip.purpose", Trip.PURPOSE_MAX_LENGTH);
    private final TextField from = FormFields.text("form.trip.from", Trip.PLACE_MAX_LENGTH);
    private final TextField to = FormFields.text("form.trip.to", Trip.PLACE_MAX_LENGTH);
    private final Select<TicketType> ticketType = new Select<>();
    private final TextField ticketAmount;
    private final IntegerField kilometres = new IntegerField(getTranslation("form.trip.kilometres"));
    private final Span carAmount = new Span();
    private final H3 heading = new H3();
    final Button addCompanion = new Button(getTranslation("form.trip.add-companion"), VaadinIcon.USER.create());
    final Button remove = new Button(getTranslation("form.trip.remove"), VaadinIcon.TRASH.create());

    /** @param accompanied the trip this entry is the companion's copy of; empty for a trip of its own */
    TripEntry(Optional<TripEntry> accompanied, Runnable changed) {
        this.accompanied = accompanied;
        addClassName("trip");
        ticketAmount = Amounts.field(accompanied.isPresent() ? "form.trip.companion-amount" : "form.trip.amount");
        add(heading);
        if (accompanied.isPresent()) {
            Span repeated = new Span();
            repeated.addClassName("companion-trip");
            add(repeated, ticketAmount);
            accompanied.get().addChangeListener(() -> repeated.setText(accompanied.get().describe()));
            repeated.setText(accompanied.get().describe());
        } else {
            start.setRequiredIndicatorVisible(true);
            end.setRequiredIndicatorVisible(true);
            purpose.setRequiredIndicatorVisible(true);
            purpose.setHelperText(getTranslation("form.trip.purpose.hint"));
            from.setRequiredIndicatorVisible(true);
            to.setRequiredIndicatorVisible(true);
            ticketType.setLabel(getTranslation("form.trip.ticket-type"));
            ticketType.setItems(TicketType.values());
            ticketType.setItemLabelGenerator(this::ticketLabel);
            ticketType.setValue(TicketType.SINGLE);
            ticketType.addValueChangeListener(change -> showTicketFields());
            kilometres.setMin(0);
            kilometres.setMax(Trip.MAX_KILOMETRES);
            kilometres.setStepButtonsVisible(false);
            carAmount.addClassName("car-amount");
            add(RequestFrame.layout(start, end), purpose, RequestFrame.layout(from, to),
                    RequestFrame.layout(ticketType, ticketAmount), kilometres, carAmount);
        }
        ticketAmount.setRequiredIndicatorVisible(true);
        addCompanion.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Div actions = new Div(addCompanion, remove);
        actions.addClassName("trip-actions");
        add(actions);
        for (HasValue<?, ?> field : new HasValue<?, ?>[] {start, end, ticketType, kilometres}) {
            field.addValueChangeListener(change -> changed.run());
        }
        for (TextField field : new TextField[] {purpose, from, to, ticketAmount}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(change -> changed.run());
        }
        kilometres.setValueChangeMode(ValueChangeMode.LAZY);
        showTicketFields();
    }

    /** Numbers the entry and its fields' ids ("trip-0-start") after entries came or went. */
    void number(int index, int position) {
        heading.setText(accompanied.isPresent() ? getTranslation("form.trip.companion-heading", position)
                : getTranslation("form.trip.heading", position));
        start.setId("trip-" + index + "-start");
        end.setId("trip-" + index + "-end");
        purpose.setId("trip-" + index + "-purpose");
        from.setId("trip-" + index + "-from");
        to.setId("trip-" + index + "-to");
        ticketType.setId("trip-" + index + "-ticketType");
        ticketAmount.setId("trip-" + index + "-ticketAmount");
        kilometres.setId("trip-" + index + "-kilometres");
        addCompanion.setId("trip-" + index + "-add-companion");
        remove.setId("trip-" + index + "-remove");
    }

    /** Focus on the entry's first field, for the keyboard after "Ajouter une entrée" or "Ajouter un accompagnant". */
    void focusFirst() {
        if (accompanied.isPresent()) {
            ticketAmount.focus();
        } else {
            start.focus();
        }
    }

    Optional<TripEntry> accompanied() {
        return accompanied;
    }

    void register(FieldErrors errors, int index) {
        if (accompanied.isEmpty()) {
            errors.register(TravelAndMeals.tripField(index, Trip.START), start);
            errors.register(TravelAndMeals.tripField(index, Trip.END), end);
            errors.register(TravelAndMeals.tripField(index, Trip.PURPOSE), purpose);
            errors.register(TravelAndMeals.tripField(index, Trip.FROM), from);
            errors.register(TravelAndMeals.tripField(index, Trip.TO), to);
            errors.register(TravelAndMeals.tripField(index, Trip.TICKET_TYPE), ticketType);
            errors.register(TravelAndMeals.tripField(index, Trip.KILOMETRES), kilometres);
        }
        errors.register(TravelAndMeals.tripField(index, Trip.TICKET_AMOUNT), ticketAmount);
    }

    /** What was typed; for a companion, the accompanied trip with the companion's amount. */
    Trip trip(boolean markRefused) {
        if (accompanied.isPresent()) {
            Trip trip = accompanied.get().trip(false);
            return new Trip(trip.start(), trip.end(), trip.purpose(), trip.from(), trip.to(), trip.ticketType(),
                    amount(markRefused), null, true);
        }
        TicketType type = ticketType.getValue();
        boolean car = type == TicketType.CAR;
        return new Trip(start.getValue(), end.getValue(), blankToNull(purpose.getValue()), blankToNull(from.getValue()),
                blankToNull(to.getValue()), type, car ? null : amount(markRefused), car ? kilometres.getValue() : null,
                false);
    }

    /** The entry's values as typed, for the draft; a companion's row says so and has its amount only. */
    Map<String, String> draft() {
        Map<String, String> row = new LinkedHashMap<>();
        if (accompanied.isPresent()) {
            row.put(COMPANION, "true");
        } else {
            row.put(Trip.START, DraftValues.of(start.getValue()));
            row.put(Trip.END, DraftValues.of(end.getValue()));
            row.put(Trip.PURPOSE, purpose.getValue());
            row.put(Trip.FROM, from.getValue());
            row.put(Trip.TO, to.getValue());
            row.put(Trip.TICKET_TYPE, ticketType.getValue() == null ? null : ticketType.getValue().name());
            row.put(Trip.KILOMETRES, kilometres.getValue() == null ? null : kilometres.getValue().toString());
        }
        row.put(Trip.TICKET_AMOUNT, ticketAmount.getValue());
        return row;
    }

    /** A sent trip as {@link #draft()} gives it. */
    static Map<String, String> draftOf(Trip trip) {
        Map<String, String> row = new LinkedHashMap<>();
        if (trip.companion()) {
            row.put(COMPANION, "true");
        } else {
            row.put(Trip.START, DraftValues.of(trip.start()));
            row.put(Trip.END, DraftValues.of(trip.end()));
            row.put(Trip.PURPOSE, trip.purpose());
            row.put(Trip.FROM, trip.from());
            row.put(Trip.TO, trip.to());
            row.put(Trip.TICKET_TYPE, DraftValues.of(trip.ticketType()));
            row.put(Trip.KILOMETRES, DraftValues.of(trip.kilometres()));
        }
        row.put(Trip.TICKET_AMOUNT, DraftValues.of(trip.ticketAmount()));
        return row;
    }

    /** Whether a row of a draft is a companion's. */
    static boolean isCompanion(Map<String, String> row) {
        return "true".equals(row.get(COMPANION));
    }

    void restore(Map<String, String> row) {
        if (accompanied.isEmpty()) {
            DraftValues.restore(start, row.get(Trip.START));
            DraftValues.restore(end, row.get(Trip.END));
            DraftValues.restore(purpose, row.get(Trip.PURPOSE));
            DraftValues.restore(from, row.get(Trip.FROM));
            DraftValues.restore(to, row.get(Trip.TO));
            ticketType.setValue(Arrays.stream(TicketType.values()).filter(type -> type.name().equals(row.get(Trip.TICKET_TYPE)))
                    .findFirst().orElse(TicketType.SINGLE));
            kilometres.setValue(row.get(Trip.KILOMETRES) == null || !row.get(Trip.KILOMETRES).matches("\\d{1,9}") ? null
                    : Integer.valueOf(row.get(Trip.KILOMETRES)));
        }
        DraftValues.restore(ticketAmount, row.get(Trip.TICKET_AMOUNT));
    }

    private Money amount(boolean markRefused) {
        return Amounts.typed(ticketAmount, markRefused);
    }

    void showCarAmount(String text) {
        carAmount.setText(text);
    }

    boolean isPublicTransport() {
        return accompanied.isEmpty() && ticketType.getValue() != null && ticketType.getValue().isPublicTransport();
    }

    private void showTicketFields() {
        if (accompanied.isPresent()) {
            addCompanion.setVisible(false);
            return;
        }
        boolean car = ticketType.getValue() == TicketType.CAR;
        ticketAmount.setVisible(!car);
        kilometres.setVisible(car);
        carAmount.setVisible(car);
        addCompanion.setVisible(!car);
    }

    /** Tells {@code listener} when the trip that a companion repeats changes. */
    private void addChangeListener(Runnable listener) {
        for (HasValue<?, ?> field : new HasValue<?, ?>[] {start, end, purpose, from, to, ticketType}) {
            field.addValueChangeListener(change -> listener.run());
        }
    }

    /** "06.06.2022 – 10.06.2022 · Hôpital · Genève → Berne · Transport public - Aller-retour". */
    private String describe() {
        TicketType type = ticketType.getValue();
        return getTranslation("form.trip.companion-of", date(start), date(end), purpose.getValue(), from.getValue(),
                to.getValue(), type == null ? "" : ticketLabel(type));
    }

    private String ticketLabel(TicketType type) {
        return getTranslation("form.trip.ticket." + type.name().toLowerCase(Locale.ROOT));
    }

    private static String date(DatePicker picker) {
        return picker.getValue() == null ? "…" : Formats.date(picker.getValue());
    }
}
