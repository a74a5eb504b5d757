package ch.guichetai.account.ui;

import static ch.guichetai.ui.Cards.card;
import static ch.guichetai.ui.Cards.line;
import static ch.guichetai.ui.FormFields.country;
import static ch.guichetai.ui.FormFields.pastDate;
import static ch.guichetai.ui.FormFields.text;
import static ch.guichetai.ui.FormFields.choice;

import ch.guichetai.account.Account;
import ch.guichetai.account.Account.Title;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.BankAccount;
import ch.guichetai.account.PersonalInformation;
import ch.guichetai.account.PersonalInformationForm;
import ch.guichetai.canton.Language;
import ch.guichetai.ui.BankAccountEditor;
import ch.guichetai.ui.CurrentUser;
import ch.guichetai.ui.FieldErrors;
import ch.guichetai.ui.IndividualAccountSections;
import ch.guichetai.ui.MainLayout;
import ch.guichetai.ui.UiLanguage;
import ch.guichetai.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.dao.OptimisticLockingFailureException;
import java.util.Optional;

/**
 * "Mon compte" (seeds 000 §4.1, 004): the password (through Keycloak) for everyone; for individuals
 * also the e-mail and mobile number (through Keycloak, each confirmed at the new address or
 * number), their information (editable) and their bank accounts. A company member's other data
 * is managed by the Gérant. Only the logged-in person's own account is ever shown or changed: no
 * id comes from the URL.
 */
@Route(value = "mon-compte", layout = MainLayout.class)
@PermitAll
class AccountView extends Div implements HasDynamicTitle {

    private final Accounts accounts;
    private final PersonalInformation personalInformation;
    private final Language language;
    private final CurrentUser user;
    private final Div bankAccountList = new Div();

    AccountView(CurrentUser user, Accounts accounts, PersonalInformation personalInformation,
                IndividualAccountSections featureSections) {
        this.accounts = accounts;
        this.personalInformation = personalInformation;
        this.user = user;
        this.language = UiLanguage.current();
        addClassNames("page", "account");
        Optional<Account> account = accounts.of(user.actor());
        add(new H1(getTranslation("account.title")), login(user, account));
        account.filter(existing -> existing.kind() == Account.Kind.INDIVIDUAL).ifPresent(individual -> {
            add(information(individual));
            featureSections.addTo(this, individual.id()); // Bénéficiaires (seeds 000 §4.1.3)
            add(bankAccounts(individual));
        });
    }

    /**
     * E-mail, mobile number and password are Keycloak's: each button logs in again (password and
     * SMS code) and lets Keycloak ask for the new value; the account follows at that sign-in. A
     * company member's e-mail and mobile are managed by the Gérant.
     */
    private Section login(CurrentUser user, Optional<Account> account) {
        Section section = card(getTranslation("account.login"));
        boolean individual = account.filter(existing -> existing.kind() == Account.Kind.INDIVIDUAL).isPresent();
        section.add(line("registration.email", account.map(existing -> existing.email().value()).orElse(user.email())));
        if (individual) {
            section.add(new Paragraph(getTranslation("account.email.text")), keycloakAction("change-email", "account.email.change", "email"));
        }
        account.ifPresent(existing -> section.add(line("registration.mobile", existing.mobile().formatted())));
        if (individual) {
            section.add(new Paragraph(getTranslation("account.mobile.text")), keycloakAction("change-mobile", "account.mobile.change", "mobile"));
        }
        section.add(new Paragraph(getTranslation("account.password.text")),
                keycloakAction("change-password", "account.password.change", "password"));
        return section;
    }

    private Button keycloakAction(String id, String labelKey, String action) {
        Button button = new Button(getTranslation(labelKey), click -> getUI().ifPresent(ui ->
                ui.getPage().setLocation("/login?action=" + action + "&lang=" + language.code())));
        button.setId(id);
        return button;
    }

    /** "Mes informations", editable; AVS number, date of birth and the minor flag only for a beneficiary. */
    private Section information(Account person) {
        Section section = card(getTranslation("account.information"));
        PersonalInformationForm form = PersonalInformationForm.of(person);
        Binder<PersonalInformationForm> binder = new Binder<>(PersonalInformationForm.class);
        FieldErrors errors = new FieldErrors();
        FormLayout fields = new FormLayout(
                bind(binder, errors, "title", choice("registration.title-field", "registration.title-field.", Title.values())),
                bind(binder, errors, "lastName", text("registration.last-name", 100)),
                bind(binder, errors, "firstName", text("registration.first-name", 100)),
                bind(binder, errors, "street", text("registration.street", 200)),
                bind(binder, errors, "postalCode", text("registration.postal-code", 10)),
                bind(binder, errors, "locality", text("registration.locality", 100)),
                bind(binder, errors, "country", country("registration.country")));
        if (person.isBeneficiary()) {
            DatePicker birthDate = pastDate("registration.birth-date");
            TextField avs = text("registration.avs-number", 16);
            avs.setPlaceholder("756.1234.5678.90");
            fields.add(bind(binder, errors, "avsNumber", avs), bind(binder, errors, "birthDate", birthDate));
            Checkbox minor = new Checkbox(getTranslation("registration.minor"));
            binder.bind(minor, "minorOrUnderGuardianship");
            minor.setId("information-minorOrUnderGuardianship");
            fields.add(minor);
        }
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        binder.setBean(form);
        Button save = new Button(getTranslation("account.information.save"), click -> {
            errors.clear();
            try {
                Account saved = personalInformation.update(user.actor(), form);
                form.setVersion(saved.version());
                Notification.show(getTranslation("account.information.saved"));
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                Notification.show(getTranslation("account.information.changed-meanwhile"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-information");
        section.add(fields, save);
        return section;
    }

    private <V, C extends Component & HasValue<?, V> & HasValidation> C bind(
            Binder<PersonalInformationForm> binder, FieldErrors errors, String property, C field) {
        binder.bind(field, property);
        field.setId("information-" + property); // the page also holds the beneficiary form, with the same fields
        return errors.register(property, field);
    }

    private Section bankAccounts(Account person) {
        Section section = card(getTranslation("account.bank-accounts"));
        bankAccountList.setId("bank-accounts");
        showBankAccounts(person);

        FieldErrors errors = new FieldErrors();
        TextField iban = errors.register("iban", new TextField(getTranslation("registration.iban")));
        iban.setId("new-iban");
        TextField holder = errors.register("holder", new TextField(getTranslation("registration.account-holder")));
        holder.setId("new-holder");
        warnAboutHolder(person, holder);
        Button add = new Button(getTranslation("account.bank-accounts.add"), click -> {
            errors.clear();
            try {
                accounts.addBankAccount(user.actor(), iban.getValue(), holder.getValue());
                iban.clear();
                holder.clear();
                showBankAccounts(person);
                Notification.show(getTranslation("account.bank-accounts.added"));
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        add.setId("add-bank-account");
        HorizontalLayout form = new HorizontalLayout(iban, holder, add);
        form.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        section.add(new Paragraph(getTranslation("account.bank-accounts.text")), bankAccountList, form);
        return section;
    }

    private void showBankAccounts(Account person) {
        bankAccountList.removeAll();
        for (BankAccount bankAccount : accounts.bankAccountsOf(user.actor())) {
            Span text = new Span(bankAccount.iban().formatted() + " – " + bankAccount.holder());
            Div row = new Div(text);
            row.addClassName("bank-account");
            if (Accounts.holderDiffersFrom(person, bankAccount.holder())) {
                Span warning = new Span(getTranslation("account.bank-accounts.holder-warning"));
                warning.addClassName("warning");
                row.add(warning);
            }
            Button remove = new Button(getTranslation("account.bank-accounts.remove"), click -> {
                try {
                    accounts.removeBankAccount(user.actor(), bankAccount.id());
                } catch (Accounts.LastBankAccountException last) {
                    Notification.show(getTranslation("account.bank-accounts.last"));
                } catch (Accounts.UnknownBankAccountException gone) {
                    Notification.show(getTranslation("account.bank-accounts.gone"));
                }
                showBankAccounts(person);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(BankAccountEditor.editButton("edit-bank-account-" + bankAccount.id(), () -> edit(person, bankAccount)), remove);
            bankAccountList.add(row);
        }
    }

    private void edit(Account person, BankAccount bankAccount) {
        BankAccountEditor editor = new BankAccountEditor(bankAccount.iban().formatted(), bankAccount.holder(),
                (iban, holder) -> {
                    try {
                        accounts.changeBankAccount(user.actor(), bankAccount.id(), iban, holder);
                        Notification.show(getTranslation("account.bank-accounts.saved"));
                    } catch (Accounts.UnknownBankAccountException gone) {
                        Notification.show(getTranslation("account.bank-accounts.gone"));
                    }
                    showBankAccounts(person);
                });
        warnAboutHolder(person, editor.holder());
        editor.open();
    }

    /** The seeds ask to warn when the holder is not the person, as the payment may be refused. */
    private void warnAboutHolder(Account person, TextField holder) {
        Runnable warn = () -> holder.setHelperText(
                !holder.getValue().isBlank() && Accounts.holderDiffersFrom(person, holder.getValue())
                        ? getTranslation("account.bank-accounts.holder-warning") : null);
        holder.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        holder.addValueChangeListener(change -> warn.run());
        warn.run(); // a prefilled holder that is not the person is warned about at once
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
