package ch.guichetai.account.ui;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.BankAccount;
import ch.guichetai.canton.Language;
import ch.guichetai.ui.CurrentUser;
import ch.guichetai.ui.FieldErrors;
import ch.guichetai.ui.MainLayout;
import ch.guichetai.ui.UiLanguage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "Mon compte" (seeds 000 §4.1): the login data and the password (through Keycloak) for everyone;
 * for individuals also their information and their bank accounts. A company member's other data
 * is managed by the Gérant. Only the logged-in person's own account is ever shown or changed: no
 * id comes from the URL.
 */
@Route(value = "mon-compte", layout = MainLayout.class)
@PermitAll
class AccountView extends Div implements HasDynamicTitle {

    private final Accounts accounts;
    private final Language language;
    private final Div bankAccountList = new Div();

    AccountView(CurrentUser user, Accounts accounts) {
        this.accounts = accounts;
        this.language = UiLanguage.current();
        addClassNames("page", "account");
        Optional<Account> account = accounts.bySubject(user.subject());
        add(new H1(getTranslation("account.title")), login(user, account));
        account.filter(existing -> existing.kind() == Account.Kind.INDIVIDUAL).ifPresent(individual -> {
            add(information(individual));
            add(bankAccounts(individual));
            ch.guichetai.ui.IndividualAccountSections.addTo(this, individual.id());
        });
    }

    private Section login(CurrentUser user, Optional<Account> account) {
        Section section = card(getTranslation("account.login"));
        section.add(line("registration.email", user.email()));
        account.ifPresent(existing -> section.add(line("registration.mobile", existing.mobile().formatted())));
        Button password = new Button(getTranslation("account.password.change"),
                click -> getUI().ifPresent(ui -> ui.getPage().setLocation("/login?action=password&lang=" + language.code())));
        password.setId("change-password");
        section.add(new Paragraph(getTranslation("account.password.text")), password);
        return section;
    }

    private Section information(Account person) {
        Section section = card(getTranslation("account.information"));
        section.add(line("registration.title-field",
                getTranslation("registration.title-field." + person.title().name().toLowerCase(Locale.ROOT))));
        section.add(line("registration.last-name", person.lastName()), line("registration.first-name", person.firstName()));
        section.add(line("registration.street", person.address().street()),
                line("registration.locality", person.address().postalCode() + " " + person.address().locality()),
                line("registration.country", new Locale("", person.address().country()).getDisplayCountry(language.locale())));
        if (person.isBeneficiary()) {
            section.add(line("registration.birth-date",
                            person.birthDate().map(DateTimeFormatter.ofPattern("dd.MM.yyyy")::format).orElse("")),
                    line("registration.avs-number", person.avsNumber().map(Object::toString).orElse("")));
        }
        return section;
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
        holder.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        holder.addValueChangeListener(change -> holder.setHelperText(
                !change.getValue().isBlank() && Accounts.holderDiffersFrom(person, change.getValue())
                        ? getTranslation("account.bank-accounts.holder-warning") : null));
        Button add = new Button(getTranslation("account.bank-accounts.add"), click -> {
            errors.clear();
            try {
                accounts.addBankAccount(person, iban.getValue(), holder.getValue());
                iban.clear();
                holder.clear();
                showBankAccounts(person);
                Notification.show(getTranslation("account.bank-accounts.added"));
            } catch (Accounts.InvalidBankAccountException invalid) {
                Map<String, FieldErrors.Message> messages = new LinkedHashMap<>();
                invalid.problems().forEach((field, problem) ->
                        messages.put(field, new FieldErrors.Message(problem.messageKey(), problem.arguments())));
                errors.show(this, messages);
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
        for (BankAccount bankAccount : accounts.bankAccountsOf(person)) {
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
                    accounts.removeBankAccount(person, bankAccount.id());
                    showBankAccounts(person);
                } catch (Accounts.LastBankAccountException last) {
                    Notification.show(getTranslation("account.bank-accounts.last"));
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(remove);
            bankAccountList.add(row);
        }
    }

    private Section card(String title) {
        Section section = new Section(new H2(title));
        section.addClassName("card");
        return section;
    }

    private Div line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("label");
        Div line = new Div(label, new Span(value));
        line.addClassName("field-line");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
