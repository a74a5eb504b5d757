package ch.guichetai.ui;

import ch.guichetai.canton.Canton;
import ch.guichetai.canton.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The language of the user interface: the one the user chose, else the first of the browser's
 * languages that the canton offers, else the canton's default. Never a language the canton does
 * not offer.
 */
@Component
public class UiLanguage implements VaadinServiceInitListener {

    private static final String CHOSEN = UiLanguage.class.getName() + ".chosen";

    private final CurrentCanton currentCanton;

    UiLanguage(CurrentCanton currentCanton) {
        this.currentCanton = currentCanton;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(languageOfThisRequest().locale()));
        // Screen readers and the browser's spelling and hyphenation need the page's language.
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", languageOfThisRequest().code()));
    }

    private Language languageOfThisRequest() {
        return choose(currentCanton.get(), chosen(), browserLocales());
    }

    /**
     * The language of a page or a download: the one chosen if the canton speaks it, else the first
     * of the browser's that the canton speaks, else the canton's default.
     */
    public static Language choose(Canton canton, Optional<Language> chosen, List<Locale> browserLocales) {
        if (chosen.isPresent() && canton.speaks(chosen.get())) {
            return chosen.get();
        }
        return browserLocales.stream()
                .map(Language::of)
                .flatMap(Optional::stream)
                .filter(canton::speaks)
                .findFirst()
                .orElse(canton.defaultLanguage());
    }

    /** The language of the current UI. */
    public static Language current() {
        return Language.of(UI.getCurrent().getLocale()).orElseThrow();
    }

    /** Switches the whole session to a language and redraws the page in it. */
    public static void switchTo(Language language) {
        VaadinSession.getCurrent().setAttribute(CHOSEN, language);
        UI ui = UI.getCurrent();
        ui.setLocale(language.locale());
        ui.getPage().reload();
    }

    private static Optional<Language> chosen() {
        VaadinSession session = VaadinSession.getCurrent();
        return Optional.ofNullable(session == null ? null : (Language) session.getAttribute(CHOSEN));
    }

    private static List<Locale> browserLocales() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? List.of() : Collections.list(request.getLocales());
    }
}
