package ch.guichetai.office.ui;

import ch.guichetai.canton.Role;
import ch.guichetai.identity.KeycloakUsers;
import ch.guichetai.identity.SignIn;
import ch.guichetai.primitives.Formats;
import ch.guichetai.ui.CurrentUser;
import ch.guichetai.ui.MainLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The canton's sign-ins and failed sign-ins of the last 90 days, newest first, as Keycloak
 * recorded them: for the office's administrators, who answer "someone signed in as me" and watch
 * for attacks. Only this canton's realm is read (the service account of its own realm).
 */
@Route(value = "office/connexions", layout = MainLayout.class)
@RolesAllowed(Role.OFFICE_ADMIN_NAME)
class SignInsView extends Div implements HasDynamicTitle {

    SignInsView(KeycloakUsers users, CurrentUser user) {
        addClassNames("page", "sign-ins");
        Grid<SignIn> grid = new Grid<>();
        grid.setId("sign-ins");
        grid.addColumn(row -> Formats.dateTimeWithSeconds(row.at())).setHeader(getTranslation("office.signins.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SignIn::email).setHeader(getTranslation("office.signins.email"));
        grid.addColumn(row -> row.succeeded() ? getTranslation("office.signins.succeeded")
                        : getTranslation("office.signins.failed", row.error().orElse("")))
                .setHeader(getTranslation("office.signins.result"));
        grid.addColumn(SignIn::ipAddress).setHeader(getTranslation("office.signins.ip")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> users.signIns(user.actor(), query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText(getTranslation("office.signins.none"));
        add(new H1(getTranslation("office.signins.title")), new Paragraph(getTranslation("office.signins.text")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("office.signins.title");
    }
}
