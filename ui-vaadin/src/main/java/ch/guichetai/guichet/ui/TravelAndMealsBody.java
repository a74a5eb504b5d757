package ch.guichetai.guichet.ui;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.primitives.Formats;
import ch.guichetai.request.DraftState;
import ch.guichetai.request.FormContent;
import ch.guichetai.request.PricedContent;
import ch.guichetai.request.Requests;
import ch.guichetai.request.TravelAndMeals;
import ch.guichetai.request.Trip;
import ch.guichetai.ui.FieldErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Form 318.632.1 "Facture pour frais de voyage et nourriture" (seeds 000 §4.2.5, 004): the trips
 * ("Ajouter une entrée", "Ajouter un accompagnant", removal), "Nourriture / Logement", the totals
 * priced live by the domain with the canton's rates (the server prices again when sending), and the
 * texts "Précision" and "Bons de voyage".
 */
class TravelAndMealsBody extends Div implements FormBody {

    private static final String TRIPS = "trips";

    private final Requests requests;
    private final Div tripList = new Div();
    private final List<TripEntry> trips = new ArrayList<>();
    private final Paragraph tripsTotal = new Paragraph();
    private final MealsSection meals;
    private Runnable changed = () -> { };

    TravelAndMealsBody(Requests requests) {
        this.requests = requests;
        setId("travel-and-meals");
        tripList.addClassName("trips");
        Button addTrip = new Button(getTranslation("form.trip.add"), VaadinIcon.PLUS.create(), click -> {
            TripEntry entry = addTrip(Optional.empty(), trips.size());
            entry.focusFirst();
        });
        addTrip.setId("add-trip");
        tripsTotal.setId("total-trips");
        tripsTotal.addClassName("total");
        Section travel = new Section(new H2(getTranslation("form.trip.title")), tripList, addTrip, tripsTotal);
        travel.addClassName("card");
        travel.setId("trips");
        meals = new MealsSection(requests, this::recompute);
        Section texts = new Section(new H3(getTranslation("form.travel.precision.title")),
                new Paragraph(getTranslation("form.travel.precision.text")),
                new H3(getTranslation("form.travel.vouchers.title")),
                new Paragraph(getTranslation("form.travel.vouchers.text")));
        texts.addClassNames("card", "form-texts");
        add(travel, meals, texts);
        addTrip(Optional.empty(), 0);
    }

    private TripEntry addTrip(Optional<TripEntry> accompanied, int position) {
        TripEntry entry = new TripEntry(accompanied, this::recompute);
        entry.addCompanion.addClickListener(click -> addTrip(Optional.of(entry), afterCompanionsOf(entry)).focusFirst());
        entry.remove.addClickListener(click -> remove(entry));
        trips.add(position, entry);
        showTrips();
        return entry;
    }

    /** The position after the trip and the companions it already has. */
    private int afterCompanionsOf(TripEntry entry) {
        int position = trips.indexOf(entry) + 1;
        while (position < trips.size() && trips.get(position).accompanied().filter(entry::equals).isPresent()) {
            position++;
        }
        return position;
    }

    private void remove(TripEntry entry) {
        trips.removeIf(candidate -> candidate == entry || candidate.accompanied().filter(entry::equals).isPresent());
        showTrips();
    }

    private void showTrips() {
        tripList.removeAll();
        int position = 0;
        for (int i = 0; i < trips.size(); i++) {
            TripEntry entry = trips.get(i);
            if (entry.accompanied().isEmpty()) {
                position++;
            }
            entry.number(i, entry.accompanied().isEmpty() ? position : trips.indexOf(entry.accompanied().get()) + 1);
            tripList.add(entry);
        }
        recompute();
    }

    /** Prices what is typed now with the canton's rates: the amounts of the page follow every change. */
    private void recompute() {
        PricedContent priced = requests.price(content(false));
        for (int i = 0; i < trips.size(); i++) {
            trips.get(i).showCarAmount(getTranslation("form.trip.car-amount", Formats.chf(priced.trips().get(i))));
        }
        tripsTotal.setText(getTranslation("form.trip.total", Formats.chf(priced.tripsTotal())));
        meals.show(priced);
        changed.run();
    }

    @Override
    public InvoiceForm form() {
        return InvoiceForm.TRAVEL_AND_MEALS;
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public String documentsTextKey() {
        return "form.travel.documents";
    }

    @Override
    public void register(FieldErrors errors) {
        for (int i = 0; i < trips.size(); i++) {
            trips.get(i).register(errors, i);
        }
        meals.register(errors);
    }

    @Override
    public void onChange(Runnable change) {
        changed = change;
    }

    @Override
    public Map<String, Object> draft() {
        Map<String, Object> values = new LinkedHashMap<>(meals.draft());
        values.put(TRIPS, trips.stream().map(TripEntry::draft).toList());
        return values;
    }

    @Override
    public Map<String, Object> draftOf(FormContent sent) {
        TravelAndMeals travel = (TravelAndMeals) sent;
        Map<String, Object> values = new LinkedHashMap<>(travel.meals().map(MealsSection::draftOf).orElse(Map.of()));
        values.put(TRIPS, travel.trips().stream().map(TripEntry::draftOf).toList());
        return values;
    }

    /** The trips of the draft (companions after the trip they accompany), then the meals. */
    @Override
    public void restore(DraftState draft) {
        trips.clear();
        TripEntry accompanied = null;
        for (Map<String, String> row : draft.rows(TRIPS)) {
            boolean companion = TripEntry.isCompanion(row) && accompanied != null;
            TripEntry entry = addTrip(companion ? Optional.of(accompanied) : Optional.empty(), trips.size());
            entry.restore(row);
            accompanied = companion ? accompanied : entry;
        }
        if (trips.isEmpty()) {
            addTrip(Optional.empty(), 0);
        }
        meals.restore(draft);
    }

    @Override
    public FormContent content() {
        return content(true);
    }

    private TravelAndMeals content(boolean markRefused) {
        List<Trip> typed = trips.stream().map(entry -> entry.trip(markRefused)).toList();
        return new TravelAndMeals(typed, meals.meals());
    }
}
