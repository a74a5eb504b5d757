package ch.guichetai.office.ui;

import ch.guichetai.canton.Role;
import ch.guichetai.company.Companies.PendingRegistration.CompanySummary;
import ch.guichetai.company.Companies.PendingRegistration.Registrant;
import ch.guichetai.company.Companies.PendingRegistration;
import ch.guichetai.company.Companies;
import ch.guichetai.primitives.Formats;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.ui.CurrentUser;
import ch.guichetai.ui.FieldErrors;
import ch.guichetai.ui.MainLayout;
import ch.guichetai.validation.Problem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Company registrations waiting for the office of this canton: every piece of data the company
 * gave, and approve or refuse (with a reason, which the company receives by e-mail).
 */
@Route(value = "office/inscriptions", layout = MainLayout.class)
@RolesAllowed({Role.OFFICE_AGENT_NAME, Role.OFFICE_ADMIN_NAME})
class PendingRegistrationsView extends Div implements HasDynamicTitle {

    private final Companies companies;
    private final CurrentUser user;
    private final Grid<PendingRegistration> grid = new Grid<>();

    PendingRegistrationsView(Companies companies, CurrentUser user) {
        this.companies = companies;
        this.user = user;
        addClassNames("page", "pending-registrations");

        grid.setId("pending-registrations");
        grid.addColumn(row -> Formats.dateTime(row.company().submittedAt()))
                .setHeader(getTranslation("office.registrations.submitted")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> lines(row.company().name(),
                        getTranslation("registration.gln") + " " + row.company().gln().formatted(),
                        row.company().uid().map(uid -> getTranslation("registration.uid.short") + " " + uid).orElse(""),
                        address(row.company().address())))
                .setHeader(getTranslation("registration.section.company"));
        grid.addComponentColumn(row -> lines(person(row.registrant()), row.registrant().email().value(),
                        row.registrant().mobile().formatted()))
                .setHeader(getTranslation("office.registrations.registrant"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("office.registrations.decision"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> companies.pending(user.actor(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) companies.countPending(user.actor()));
        grid.setEmptyStateText(getTranslation("office.registrations.none"));
        grid.setAllRowsVisible(false);
        add(new H1(getTranslation("office.registrations.title")), grid);
    }

    private HorizontalLayout actions(PendingRegistration row) {
        CompanySummary company = row.company();
        Button approve = new Button(getTranslation("office.registrations.approve"), click -> confirmApproval(company));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        approve.setId("approve-" + company.id());
        Button refuse = new Button(getTranslation("office.registrations.refuse"), click -> askReason(company));
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        refuse.setId("refuse-" + company.id());
        return new HorizontalLayout(approve, refuse);
    }

    /**
     * Approving lets the company in and mails its Gérant: one click must not do it by mistake. A
     * modal dialog like the refusal's: its title names it for screen readers, it takes the focus
     * itself (not the Accept button, so a stray Enter decides nothing) and Escape closes it.
     */
    private void confirmApproval(CompanySummary company) {
        Dialog dialog = new Dialog(getTranslation("office.registrations.approve.title", company.name()));
        dialog.setId("approval-dialog");
        Button cancel = new Button(getTranslation("app.cancel"), click -> dialog.close());
        cancel.setId("cancel-approval");
        Button confirm = new Button(getTranslation("office.registrations.approve"), click -> {
            dialog.close();
            decide(() -> {
                companies.approve(user.actor(), company.id());
                Notification.show(getTranslation("office.registrations.approved", company.name()));
            });
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-approval");
        dialog.add(new Paragraph(getTranslation("office.registrations.approve.text")));
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void askReason(CompanySummary company) {
        Dialog dialog = new Dialog(getTranslation("office.registrations.refuse.title", company.name()));
        TextArea reason = new TextArea(getTranslation("office.registrations.refuse.reason"));
        reason.setId("refusal-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        FieldErrors errors = new FieldErrors();
        errors.register("reason", reason);
        Button confirm = new Button(getTranslation("office.registrations.refuse"), click -> {
            if (reason.getValue().isBlank()) {
                errors.show("reason", Problem.required());
                return;
            }
            dialog.close();
            decide(() -> {
                companies.refuse(user.actor(), company.id(), reason.getValue());
                Notification.show(getTranslation("office.registrations.refused", company.name()));
            });
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.setId("confirm-refusal");
        dialog.add(new Paragraph(getTranslation("office.registrations.refuse.text")), reason);
        dialog.getFooter().add(new Button(getTranslation("app.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    /** Runs a decision; if a colleague was quicker, says so. The list is reloaded either way. */
    private void decide(Runnable decision) {
        try {
            decision.run();
        } catch (Companies.AlreadyDecidedException | Companies.UnknownCompanyException e) {
            Notification.show(getTranslation("office.registrations.already-decided"));
        }
        grid.getDataProvider().refreshAll();
    }

    private static Div lines(String... lines) {
        Div cell = new Div();
        for (String line : lines) {
            if (!line.isBlank()) {
                cell.add(new Div(line));
            }
        }
        return cell;
    }

    private static String address(PostalAddress address) {
        return address.street() + ", " + address.postalCode() + " " + address.locality() + " (" + address.country() + ")";
    }

    private static String person(Registrant registrant) {
        return registrant.firstName() + " " + registrant.lastName();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("office.registrations.title");
    }
}
