package ch.guichetai.ui;

import ch.guichetai.canton.Canton;
import ch.guichetai.canton.Language;
import ch.guichetai.canton.Role;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The frame of every page behind the login: the canton's name and office, the pages this person's
 * roles open, who is logged in, and "Se déconnecter" (which ends the Keycloak session too); under
 * every page the {@link SiteFooter} with the legal pages.
 */
@PermitAll
public class MainLayout extends AppLayout {

    /** Pages registered by features: the route and the roles that see it in the menu. */
    public record MenuEntry(String labelKey, Class<? extends com.vaadin.flow.component.Component> view, List<Role> roles) {
    }

    /** Where the router puts the current view, above the footer. */
    private final Div viewSlot = new Div();

    public MainLayout(CurrentCanton currentCanton, CurrentUser user, AuthenticationContext authentication,
                      List<MenuEntry> menu) {
        Canton canton = currentCanton.get();
        Language language = UiLanguage.current();
        Image logo = new Image(DownloadHandler.forClassResource(getClass(), "/" + canton.logo()),
                getTranslation("landing.logo", canton.name().in(language)));
        logo.addClassName("canton-logo-small");
        Div titles = new Div(new Span(getTranslation("landing.title", canton.name().in(language))));
        titles.addClassName("app-title");

        Nav nav = new Nav();
        nav.addClassName("app-nav");
        for (MenuEntry entry : menu) {
            if (entry.roles().isEmpty() || entry.roles().stream().anyMatch(user::has)) {
                nav.add(new RouterLink(getTranslation(entry.labelKey()), entry.view()));
            }
        }
        Span who = new Span(user.email());
        who.setId("current-user");
        Button logout = new Button(getTranslation("app.logout"), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        Div account = new Div(who, new LanguageSwitcher(canton), logout);
        account.addClassName("app-account");
        addToNavbar(logo, titles, nav, account);
        setPrimarySection(Section.NAVBAR);
        setDrawerOpened(false);

        // Every page shows the footer under its content; legal pages open in a new tab so that
        // nothing typed in a form is lost.
        Div body = new Div(viewSlot, new SiteFooter(canton, language, true));
        body.addClassName("app-body");
        setContent(body);
    }

    /** The view goes above the footer instead of replacing the whole content area. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        viewSlot.removeAll();
        viewSlot.getElement().appendChild(content.getElement());
    }

}
