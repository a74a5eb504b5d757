package ch.guichetai.landing;

import ch.guichetai.canton.Canton;
import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.canton.Language;
import ch.guichetai.canton.Office;
import ch.guichetai.canton.OfficeAddress;
import ch.guichetai.canton.OpeningHours;
import ch.guichetai.canton.Role;
import ch.guichetai.ui.CurrentCanton;
import ch.guichetai.ui.LanguageSwitcher;
import ch.guichetai.ui.SiteFooter;
import ch.guichetai.ui.UiLanguage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public home page of a canton's portal: who runs it, how to reach the office, which forms
 * can be sent online, and the way in: login (password, then the SMS code, at the canton's realm)
 * and registration. A refused login comes back here with the reason.
 */
@Route("")
@AnonymousAllowed
class LandingView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final Canton canton;
    private final Language language;

    private final Div notice = new Div();
    private final AuthenticationContext authentication;

    LandingView(CurrentCanton currentCanton, AuthenticationContext authentication) {
        this.canton = currentCanton.get();
        this.language = UiLanguage.current();
        this.authentication = authentication;
        addClassName("landing");
        notice.setVisible(false);
        notice.setId("sign-in-notice");
        notice.addClassName("notice");
        add(header(), notice, new Main(access(), forms(), contact()), new SiteFooter(canton, language, true));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            // After login Spring sends everyone here. Office staff have no requests of their own:
            // they start on the office's work page, the others on their Guichet.
            boolean officeStaff = authentication.hasAnyRole(Role.OFFICE_AGENT_NAME, Role.OFFICE_ADMIN_NAME);
            event.forwardTo(officeStaff ? OFFICE_START : "guichet");
            return;
        }
        event.getLocation().getQueryParameters().getSingleParameter("state")
                .filter(REFUSALS::contains)
                .ifPresent(reason -> {
                    notice.setText(getTranslation("landing.sign-in." + reason, canton.office().name().in(language)));
                    notice.setVisible(true);
                });
    }

    /** The route of the office's work queue (office.ui.OfficeQueueView). */
    private static final String OFFICE_START = "office/demandes";

    private static final java.util.Set<String> REFUSALS =
            java.util.Set.of("company-pending", "company-refused", "no-account", "wrong-canton", "failed", "account-removed",
                    "session-expired");

    @Override
    public String getPageTitle() {
        return getTranslation("landing.title", canton.name().in(language));
    }

    private Header header() {
        Image logo = new Image(DownloadHandler.forClassResource(getClass(), "/" + canton.logo()),
                getTranslation("landing.logo", canton.name().in(language)));
        logo.addClassName("canton-logo");
        H1 title = new H1(getTranslation("landing.title", canton.name().in(language)));
        Span office = new Span(canton.office().name().in(language));
        office.addClassName("office-name");
        Div titles = new Div(title, office);
        titles.addClassName("titles");
        Header header = new Header(logo, titles, new LanguageSwitcher(canton));
        header.addClassName("landing-header");
        return header;
    }

    private Section access() {
        Button login = new Button(getTranslation("landing.login.button"),
                click -> getUI().ifPresent(ui -> ui.getPage().setLocation("/login?lang=" + language.code())));
        login.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        login.setId("login");
        Section loginCard = card("login-card", getTranslation("landing.login.heading"),
                new Paragraph(getTranslation("landing.login.text")), login);

        Button register = new Button(getTranslation("landing.register.button"),
                click -> getUI().ifPresent(ui -> ui.navigate("inscription")));
        register.setId("register");
        Section registerCard = card("register-card", getTranslation("landing.register.heading"),
                new Paragraph(getTranslation("landing.register.text")), register);

        Section access = new Section(loginCard, registerCard);
        access.addClassName("access");
        return access;
    }

    private Section forms() {
        UnorderedList list = new UnorderedList();
        for (InvoiceForm form : InvoiceForm.values()) {
            if (canton.forms().contains(form)) {
                Span number = new Span(form.officialNumber());
                number.addClassName("form-number");
                list.add(new ListItem(new Span(getTranslation("form." + form.officialNumber())), number));
            }
        }
        list.addClassName("form-list");
        return card("forms-card", getTranslation("landing.forms.heading"),
                new Paragraph(getTranslation("landing.forms.text")), list);
    }

    private Section contact() {
        Office office = canton.office();
        OfficeAddress address = office.address();
        Div postal = new Div();
        postal.addClassName("address");
        postal.add(line(office.name().in(language)), line(address.street()));
        address.postOfficeBox().ifPresent(box -> postal.add(line(
                (getTranslation("landing.contact.po-box") + " " + box).trim())));
        postal.add(line(address.postalCode() + " " + address.locality().in(language)));

        Anchor phone = new Anchor("tel:" + office.phone().replace(" ", ""), office.phone());
        phone.addClassName("phone");
        Paragraph phoneLine = new Paragraph(new Span(getTranslation("landing.contact.phone") + " "), phone);

        UnorderedList hours = new UnorderedList();
        hours.addClassName("opening-hours");
        openingHours(office.openingHours()).forEach(slot -> hours.add(new ListItem(slot)));

        return card("contact-card", getTranslation("landing.contact.heading"), postal, phoneLine,
                new Paragraph(getTranslation("landing.contact.hours")), hours);
    }

    /** One line per run of days: "Lundi – vendredi : 08h00 – 12h00, 13h30 – 16h30". */
    private List<String> openingHours(List<OpeningHours> slots) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern(getTranslation("format.time"), language.locale());
        Map<String, List<String>> byDays = new LinkedHashMap<>();
        for (OpeningHours slot : slots) {
            String days = slot.firstDay() == slot.lastDay()
                    ? day(slot.firstDay())
                    : getTranslation("landing.contact.day-range", day(slot.firstDay()), dayLowerCase(slot.lastDay()));
            byDays.computeIfAbsent(days, key -> new ArrayList<>())
                    .add(getTranslation("landing.contact.time-range", time.format(slot.opens()), time.format(slot.closes())));
        }
        List<String> lines = new ArrayList<>();
        byDays.forEach((days, times) -> lines.add(getTranslation("landing.contact.slot", days, String.join(", ", times))));
        return lines;
    }

    private String day(DayOfWeek day) {
        String name = day.getDisplayName(TextStyle.FULL, language.locale());
        return name.substring(0, 1).toUpperCase(language.locale()) + name.substring(1);
    }

    private String dayLowerCase(DayOfWeek day) {
        // German nouns, weekdays included, keep their capital.
        return language == Language.DE ? day(day) : day.getDisplayName(TextStyle.FULL, language.locale());
    }

    private static Section card(String className, String heading, com.vaadin.flow.component.Component... content) {
        Section card = new Section(new H2(heading));
        card.add(content);
        card.addClassNames("card", className);
        return card;
    }

    private static Div line(String text) {
        return new Div(text);
    }
}
