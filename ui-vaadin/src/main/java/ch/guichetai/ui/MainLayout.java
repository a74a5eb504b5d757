package ch.guichetai.ui;

import ch.guichetai.canton.Canton;
import ch.guichetai.canton.Language;
import ch.guichetai.canton.Role;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The frame of every page behind the login: the canton's name and office, the pages this person's
 * roles open, the actions features put in the header for some roles ("Nouvelle facture" of the
 * companies), and at the top right the person's name opening a menu (seeds 000 §4: Guichet, Mon
 * compte, Déconnexion, which ends the Keycloak session too); under every page the
 * {@link SiteFooter} with the legal pages.
 */
@PermitAll
public class MainLayout extends AppLayout {

    /**
     * Pages registered by features: the route and the roles that see it in the menu, and the
     * heading of the group it is shown in ("Back office"), if any; entries of a group are shown
     * together, where its first entry comes, in the order of the beans.
     */
    public record MenuEntry(String labelKey, Class<? extends Component> view, List<Role> roles, Optional<String> groupKey) {

        public MenuEntry(String labelKey, Class<? extends Component> view, List<Role> roles) {
            this(labelKey, view, roles, Optional.empty());
        }
    }

    /** A button a feature puts in the header for the people of these roles. */
    public record HeaderAction(List<Role> roles, Supplier<Component> button) {
    }

    /** The routes of the name menu (features register their pages under these paths). */
    static final String GUICHET_ROUTE = "guichet";
    static final String ACCOUNT_ROUTE = "mon-compte";

    /** Where the router puts the current view, above the footer. */
    private final Div viewSlot = new Div();

    public MainLayout(CurrentCanton currentCanton, CurrentUser user, AuthenticationContext authentication,
                      List<MenuEntry> menu, List<HeaderAction> headerActions) {
        Canton canton = currentCanton.get();
        Language language = UiLanguage.current();
        Image logo = new Image(DownloadHandler.forClassResource(getClass(), "/" + canton.logo()),
                getTranslation("landing.logo", canton.name().in(language)));
        logo.addClassName("canton-logo-small");
        Div titles = new Div(new Span(getTranslation("landing.title", canton.name().in(language))));
        titles.addClassName("app-title");

        Nav nav = new Nav();
        nav.addClassName("app-nav");
        Map<String, Div> groups = new HashMap<>();
        // pages for everyone are a person's own (Guichet, Mon compte): office staff have none, as in the name menu
        boolean ownPages = Arrays.stream(Role.values()).filter(role -> !role.isOffice()).anyMatch(user::has);
        for (MenuEntry entry : menu) {
            if (entry.roles().isEmpty() ? ownPages : entry.roles().stream().anyMatch(user::has)) {
                RouterLink link = new RouterLink(getTranslation(entry.labelKey()), entry.view());
                entry.groupKey().ifPresentOrElse(group -> groups.computeIfAbsent(group, key -> menuGroup(nav, key)).add(link),
                        () -> nav.add(link));
            }
        }
        Div actions = new Div();
        actions.addClassName("app-actions");
        for (HeaderAction action : headerActions) {
            if (action.roles().stream().anyMatch(user::has)) {
                actions.add(action.button().get());
            }
        }
        Div account = new Div(actions, new LanguageSwitcher(canton), nameMenu(user, authentication));
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

    /**
     * The person's name (and the e-mail they log in with), opening Guichet, Mon compte and
     * Déconnexion; a menu button, so it is reached and opened with the keyboard.
     */
    private MenuBar nameMenu(CurrentUser user, AuthenticationContext authentication) {
        Span name = new Span(user.name());
        name.addClassName("user-name");
        Span email = new Span(user.email());
        email.setId("current-user");
        email.addClassName("user-email");
        Div who = new Div(name, email, VaadinIcon.CHEVRON_DOWN_SMALL.create());
        who.addClassName("user-menu-label");
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        menu.getElement().setAttribute("aria-label", getTranslation("app.user-menu"));
        MenuItem root = menu.addItem(who);
        SubMenu items = root.getSubMenu();
        if (Arrays.stream(Role.values()).filter(role -> !role.isOffice()).anyMatch(user::has)) {
            items.addItem(getTranslation("guichet.title"), click -> navigate(GUICHET_ROUTE)).setId("menu-guichet");
            items.addItem(getTranslation("account.title"), click -> navigate(ACCOUNT_ROUTE)).setId("menu-account");
        }
        items.addItem(getTranslation("app.logout"), click -> authentication.logout()).setId("logout");
        return menu;
    }

    /** A heading and the links under it, named by the heading for screen readers. */
    private Div menuGroup(Nav nav, String labelKey) {
        Span heading = new Span(getTranslation(labelKey));
        heading.setId("menu-group-" + labelKey.replace('.', '-'));
        heading.addClassName("app-nav-heading");
        Div group = new Div(heading);
        group.addClassName("app-nav-group");
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        nav.add(group);
        return group;
    }

    private void navigate(String route) {
        getUI().ifPresent(ui -> ui.navigate(route));
    }

    /** The view goes above the footer instead of replacing the whole content area. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        viewSlot.removeAll();
        viewSlot.getElement().appendChild(content.getElement());
    }

}
