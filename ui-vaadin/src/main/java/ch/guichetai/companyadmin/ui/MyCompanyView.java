package ch.guichetai.companyadmin.ui;

import static ch.guichetai.ui.Cards.card;
import static ch.guichetai.ui.Cards.line;

import ch.guichetai.account.Account.CompanyRole;
import ch.guichetai.account.Account.Title;
import ch.guichetai.account.Account;
import ch.guichetai.account.BankAccount;
import ch.guichetai.canton.Role;
import ch.guichetai.company.Company;
import ch.guichetai.companyadmin.CollaboratorForm;
import ch.guichetai.companyadmin.Collaborators;
import ch.guichetai.companyadmin.CompanyBankAccounts;
import ch.guichetai.limits.TooManyRequestsException;
import ch.guichetai.ui.BankAccountEditor;
import ch.guichetai.ui.CurrentUser;
import ch.guichetai.ui.FieldErrors;
import ch.guichetai.ui.FormFields;
import ch.guichetai.ui.MainLayout;
import ch.guichetai.ui.UiLanguage;
import ch.guichetai.validation.InvalidInputException;
import ch.guichetai.validation.Problem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * "Ma société" (seeds 002 §4.2), for the Gérant only: the company's data, its collaborators (add,
 * change their data or role, remove, send the password link again) and its bank accounts. Only the logged-in
 * Gérant's own company is shown or changed: no id comes from the URL, and the services check the
 * Gérant again at every call.
 */
@Route(value = "ma-societe", layout = MainLayout.class)
@RolesAllowed(Role.COMPANY_MANAGER_NAME)
class MyCompanyView extends Div implements HasDynamicTitle {

    private final Collaborators collaborators;
    private final CompanyBankAccounts bankAccounts;
    private final CurrentUser user;
    private final long you;
    private final Grid<Account> members = new Grid<>();
    private final Div membersMessage = new Div();
    private final Div bankAccountList = new Div();
    private final Div bankAccountsMessage = new Div();

    MyCompanyView(CurrentUser user, Collaborators collaborators, CompanyBankAccounts bankAccounts) {
        this.collaborators = collaborators;
        this.bankAccounts = bankAccounts;
        this.user = user;
        this.you = user.actor().accountId().orElseThrow(Collaborators.NotAManagerException::new);
        addClassNames("page", "my-company");
        add(new H1(getTranslation("mycompany.title")), company(collaborators.companyOf(user.actor())), members(),
                bankAccounts());
    }

    private Section company(Company company) {
        Section section = card(getTranslation("mycompany.company"));
        section.setId("company-data");
        section.add(line("registration.company-name", company.name()),
                line("registration.gln", company.gln().formatted()));
        company.uid().ifPresent(uid -> section.add(line("registration.uid.short", uid.toString())));
        section.add(line("registration.street", company.address().street()),
                line("registration.locality", company.address().postalCode() + " " + company.address().locality()),
                line("registration.country", Locale.of("", company.address().country())
                        .getDisplayCountry(UiLanguage.current().locale())));
        return section;
    }

    // ---- collaborators ----

    private Section members() {
        Section section = card(getTranslation("mycompany.members"));
        members.setId("members");
        members.addColumn(member -> member.lastName() + " " + member.firstName()
                        + (member.id() == you ? " " + getTranslation("mycompany.members.you") : ""))
                .setHeader(getTranslation("mycompany.members.name")).setKey("name");
        members.addColumn(member -> member.email().value()).setHeader(getTranslation("registration.email")).setKey("email")
                .setFlexGrow(2).setTooltipGenerator(member -> member.email().value());
        members.addColumn(member -> member.mobile().formatted()).setHeader(getTranslation("registration.mobile"))
                .setKey("mobile").setAutoWidth(true).setFlexGrow(0);
        members.addComponentColumn(this::roleSelect).setHeader(getTranslation("mycompany.members.role")).setKey("role")
                .setWidth("12.5rem").setFlexGrow(0);
        members.addComponentColumn(this::memberActions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        members.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        members.setItems(query -> collaborators.members(user.actor(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) collaborators.countMembers(user.actor()));
        members.setAllRowsVisible(true);
        membersMessage.setId("members-message");
        membersMessage.addClassName("warning");
        membersMessage.getElement().setAttribute("role", "alert");
        membersMessage.setVisible(false);
        Button add = new Button(getTranslation("mycompany.members.add"), click -> openMemberDialog(null));
        add.setId("add-member");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(new Paragraph(getTranslation("mycompany.members.text")), add, membersMessage, members);
        return section;
    }

    private Select<CompanyRole> roleSelect(Account member) {
        Select<CompanyRole> role = new Select<>();
        role.setId("role-" + member.id());
        role.setItems(CompanyRole.MANAGER, CompanyRole.COLLABORATOR);
        role.setItemLabelGenerator(this::roleLabel);
        role.setValue(member.companyRole().orElse(null));
        role.setAriaLabel(getTranslation("mycompany.members.role"));
        role.setWidthFull();
        role.addValueChangeListener(change -> {
            if (change.getValue() != null && change.getOldValue() != null && change.getValue() != change.getOldValue()) {
                memberChange(() -> {
                    collaborators.changeRole(user.actor(), member.id(), change.getValue());
                    return getTranslation("mycompany.members.role-changed", fullName(member), roleLabel(change.getValue()));
                });
            }
        });
        return role;
    }

    private HorizontalLayout memberActions(Account member) {
        Button resend = new Button(getTranslation("mycompany.members.resend"), click -> memberChange(() -> {
            collaborators.resendInvitation(user.actor(), member.id());
            return getTranslation("mycompany.members.resent", member.email().value());
        }));
        resend.setId("resend-" + member.id());
        resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button remove = new Button(getTranslation("mycompany.members.remove"), click -> confirmRemoval(member));
        remove.setId("remove-" + member.id());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        if (member.id() == you) {
            return new HorizontalLayout(resend, remove); // the Gérant's own data: under "Mon compte"
        }
        Button edit = new Button(getTranslation("mycompany.members.edit"), click -> openMemberDialog(member));
        edit.setId("edit-member-" + member.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(edit, resend, remove);
    }

    private void confirmRemoval(Account member) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-removal");
        dialog.setHeader(getTranslation("mycompany.members.remove.title", fullName(member)));
        dialog.setText(getTranslation("mycompany.members.remove.text", fullName(member)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("app.cancel"));
        dialog.setConfirmText(getTranslation("mycompany.members.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> memberChange(() -> {
            collaborators.remove(user.actor(), member.id());
            return getTranslation("mycompany.members.removed", fullName(member));
        }));
        dialog.open();
    }

    /** Runs a change of the members; a refusal is said above the list, which is reloaded either way. */
    private void memberChange(java.util.function.Supplier<String> change) {
        membersMessage.setVisible(false);
        try {
            Notification.show(change.get());
        } catch (Collaborators.LastManagerException last) {
            refusal(getTranslation("mycompany.members.last-manager"));
        } catch (Collaborators.UnknownMemberException gone) {
            refusal(getTranslation("mycompany.members.unknown"));
        } catch (TooManyRequestsException tooMany) {
            refusal(getTranslation(TooManyRequestsException.MESSAGE_KEY));
        }
        members.getDataProvider().refreshAll();
    }

    private void refusal(String text) {
        membersMessage.setText(text);
        membersMessage.setVisible(true);
    }

    /** The form to add a member ({@code member} null) or to change one, prefilled with today's values. */
    private void openMemberDialog(Account member) {
        boolean adding = member == null;
        Dialog dialog = new Dialog(adding ? getTranslation("mycompany.members.add")
                : getTranslation("mycompany.members.edit.title", fullName(member)));
        dialog.setId(adding ? "add-member-dialog" : "edit-member-dialog");
        FieldErrors errors = new FieldErrors();
        RadioButtonGroup<Title> title = errors.register("title",
                FormFields.choice("registration.title-field", "registration.title-field.", Title.values()));
        title.setId("member-title");
        TextField lastName = errors.register("lastName", FormFields.text("registration.last-name", 100));
        lastName.setId("member-last-name");
        TextField firstName = errors.register("firstName", FormFields.text("registration.first-name", 100));
        firstName.setId("member-first-name");
        RadioButtonGroup<CompanyRole> role = errors.register("role", new RadioButtonGroup<>(getTranslation("mycompany.members.role")));
        role.setItems(CompanyRole.COLLABORATOR, CompanyRole.MANAGER);
        role.setItemLabelGenerator(this::roleLabel);
        role.setValue(CompanyRole.COLLABORATOR);
        role.setId("member-role");
        EmailField email = errors.register("email", new EmailField(getTranslation("registration.email")));
        email.setId("member-email");
        TextField mobile = errors.register("mobile", new TextField(getTranslation("registration.mobile")));
        mobile.setId("member-mobile");
        mobile.setHelperText(getTranslation("registration.mobile.help"));
        FormLayout form = new FormLayout(title, role, lastName, firstName, email, mobile);
        if (!adding) {
            title.setValue(member.title());
            lastName.setValue(member.lastName());
            firstName.setValue(member.firstName());
            email.setValue(member.email().value());
            mobile.setValue(member.mobile().formatted());
            form.remove(role); // changed in the list
        }
        Button save = new Button(getTranslation("mycompany.members.save"), click -> {
            CollaboratorForm collaborator = new CollaboratorForm();
            collaborator.setTitle(title.getValue());
            collaborator.setLastName(lastName.getValue());
            collaborator.setFirstName(firstName.getValue());
            collaborator.setRole(role.getValue());
            collaborator.setEmail(email.getValue());
            collaborator.setMobile(mobile.getValue());
            try {
                String done = adding ? added(collaborator) : changed(member, collaborator);
                dialog.close();
                members.getDataProvider().refreshAll();
                Notification.show(done);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            } catch (TooManyRequestsException tooMany) {
                errors.show("email", new Problem(TooManyRequestsException.MESSAGE_KEY));
            } catch (Collaborators.UnknownMemberException gone) { // removed meanwhile by another Gérant
                dialog.close();
                refusal(getTranslation("mycompany.members.unknown"));
                members.getDataProvider().refreshAll();
            }
        });
        save.setId("save-member");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation(adding ? "mycompany.members.add.text" : "mycompany.members.edit.text")), form);
        dialog.getFooter().add(new Button(getTranslation("app.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private String added(CollaboratorForm collaborator) {
        Account added = collaborators.add(user.actor(), collaborator, UiLanguage.current());
        return getTranslation("mycompany.members.added", added.email().value());
    }

    private String changed(Account member, CollaboratorForm collaborator) {
        Account changed = collaborators.change(user.actor(), member.id(), collaborator);
        return changed.email().equals(member.email()) ? getTranslation("mycompany.members.changed", fullName(changed))
                : getTranslation("mycompany.members.changed.email", fullName(changed), changed.email().value());
    }

    // ---- bank accounts ----

    private Section bankAccounts() {
        Section section = card(getTranslation("account.bank-accounts"));
        bankAccountList.setId("company-bank-accounts");
        bankAccountsMessage.setId("bank-accounts-message");
        bankAccountsMessage.addClassName("warning");
        bankAccountsMessage.getElement().setAttribute("role", "alert");
        bankAccountsMessage.setVisible(false);
        showBankAccounts();
        FieldErrors errors = new FieldErrors();
        TextField iban = errors.register("iban", new TextField(getTranslation("registration.iban")));
        iban.setId("new-iban");
        TextField holder = errors.register("holder", new TextField(getTranslation("registration.account-holder")));
        holder.setId("new-holder");
        Button add = new Button(getTranslation("account.bank-accounts.add"), click -> {
            errors.clear();
            try {
                bankAccounts.add(user.actor(), iban.getValue(), holder.getValue());
                iban.clear();
                holder.clear();
                showBankAccounts();
                Notification.show(getTranslation("account.bank-accounts.added"));
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        add.setId("add-bank-account");
        HorizontalLayout form = new HorizontalLayout(iban, holder, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        section.add(new Paragraph(getTranslation("mycompany.bank-accounts.text")), bankAccountsMessage, bankAccountList, form);
        return section;
    }

    private void showBankAccounts() {
        bankAccountList.removeAll();
        for (BankAccount bankAccount : bankAccounts.of(user.actor())) {
            Div row = new Div(new Span(bankAccount.iban().formatted() + " – " + bankAccount.holder()));
            row.addClassName("bank-account");
            Button remove = new Button(getTranslation("account.bank-accounts.remove"), click -> {
                bankAccountsMessage.setVisible(false);
                try {
                    bankAccounts.remove(user.actor(), bankAccount.id());
                } catch (CompanyBankAccounts.LastBankAccountException last) {
                    bankAccountsMessage.setText(getTranslation("account.bank-accounts.last"));
                    bankAccountsMessage.setVisible(true);
                } catch (CompanyBankAccounts.UnknownBankAccountException gone) {
                    // removed meanwhile by another Gérant: the list below is current again
                }
                showBankAccounts();
            });
            remove.setId("remove-bank-account-" + bankAccount.id());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(BankAccountEditor.editButton("edit-bank-account-" + bankAccount.id(), () -> edit(bankAccount)), remove);
            bankAccountList.add(row);
        }
    }

    private void edit(BankAccount bankAccount) {
        bankAccountsMessage.setVisible(false);
        new BankAccountEditor(bankAccount.iban().formatted(), bankAccount.holder(), (iban, holder) -> {
            try {
                bankAccounts.change(user.actor(), bankAccount.id(), iban, holder);
                Notification.show(getTranslation("account.bank-accounts.saved"));
            } catch (CompanyBankAccounts.UnknownBankAccountException gone) {
                // removed meanwhile by another Gérant: say so above the list, which is current again
                bankAccountsMessage.setText(getTranslation("account.bank-accounts.gone"));
                bankAccountsMessage.setVisible(true);
            }
            showBankAccounts();
        }).open();
    }

    // ---- helpers ----

    private String roleLabel(CompanyRole role) {
        return getTranslation("mycompany.role." + role.name().toLowerCase(Locale.ROOT));
    }

    private static String fullName(Account member) {
        return member.firstName() + " " + member.lastName();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mycompany.title");
    }
}
