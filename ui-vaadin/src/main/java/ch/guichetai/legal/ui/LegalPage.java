package ch.guichetai.legal.ui;

import ch.guichetai.canton.Canton;
import ch.guichetai.canton.Language;
import ch.guichetai.canton.Office;
import ch.guichetai.canton.OfficeAddress;
import ch.guichetai.ui.CurrentCanton;
import ch.guichetai.ui.LanguageSwitcher;
import ch.guichetai.ui.SiteFooter;
import ch.guichetai.ui.UiLanguage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Map;

/**
 * A public legal page of the canton whose host was asked, in the user's language: the canton's
 * header, the text of {@code legal/<name>_<language>.txt} filled with the canton's office, and the
 * footer. Open to everyone, logged in or not, since people must be able to read the conditions
 * and the data protection statement before they register.
 */
abstract class LegalPage extends Div implements HasDynamicTitle {

    private final Canton canton;
    private final Language language;
    private final String titleKey;

    LegalPage(CurrentCanton currentCanton, String name) {
        this.canton = currentCanton.get();
        this.language = UiLanguage.current();
        this.titleKey = "legal." + name + ".title";
        addClassNames("landing", "legal");

        Article text = new Article(new H1(getTranslation(titleKey)));
        text.addClassNames("card", "legal-text");
        text.setId("legal-text");
        LegalText.render(name, language.code(), values()).forEach(text::add);
        Anchor home = new Anchor("/", getTranslation("error.home"));
        add(header(), new Main(text, home), new SiteFooter(canton, language, false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("landing.title", canton.name().in(language));
    }

    private Header header() {
        Image logo = new Image(DownloadHandler.forClassResource(getClass(), "/" + canton.logo()),
                getTranslation("landing.logo", canton.name().in(language)));
        logo.addClassName("canton-logo");
        Span portal = new Span(getTranslation("landing.title", canton.name().in(language)));
        portal.addClassName("portal-name");
        Span office = new Span(canton.office().name().in(language));
        office.addClassName("office-name");
        Div titles = new Div(portal, office);
        titles.addClassName("titles");
        Header header = new Header(logo, titles, new LanguageSwitcher(canton));
        header.addClassName("landing-header");
        return header;
    }

    /** What the texts may name: all of it from the canton's configuration, nothing written in them. */
    private Map<String, String> values() {
        Office office = canton.office();
        OfficeAddress address = office.address();
        StringBuilder postal = new StringBuilder(address.street());
        address.postOfficeBox().ifPresent(box ->
                postal.append(", ").append((getTranslation("landing.contact.po-box") + " " + box).strip()));
        postal.append(", ").append(address.postalCode()).append(' ').append(address.locality().in(language));
        return Map.of(
                "office", office.name().in(language),
                "address", postal.toString(),
                "phone", office.phone(),
                "sender", canton.mailSender().address(),
                "canton", canton.name().in(language),
                "portal", getTranslation("landing.title", canton.name().in(language)));
    }
}
