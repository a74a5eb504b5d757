package ch.guichetai.registration.ui;

import static ch.guichetai.ui.FormFields.country;
import static ch.guichetai.ui.FormFields.pastDate;
import static ch.guichetai.ui.FormFields.text;
import static ch.guichetai.ui.FormFields.choice;

import ch.guichetai.account.Account.Title;
import ch.guichetai.registration.CompanyRegistration;
import ch.guichetai.registration.IndividualRegistration;
import ch.guichetai.registration.Registrations;
import ch.guichetai.limits.ClientAddress;
import ch.guichetai.limits.TooManyRequestsException;

import ch.guichetai.canton.Canton;
import ch.guichetai.canton.Language;
import ch.guichetai.ui.CurrentCanton;
import ch.guichetai.ui.FieldErrors;
import ch.guichetai.ui.LanguageSwitcher;
import ch.guichetai.ui.SiteFooter;
import ch.guichetai.ui.UiLanguage;
import ch.guichetai.validation.InvalidInputException;
import ch.guichetai.validation.Problem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * "S'inscrire": individuals (beneficiary and/or legal representative) or a company. The server
 * checks every field; each problem appears under its field in the user's language, and nothing
 * typed is lost. An address already registered gets the same answer as a new one (its owner is
 * told by e-mail); past a limit the message appears at the e-mail field (ADR 0016).
 */
@Route("inscription")
@AnonymousAllowed
class RegistrationView extends Div implements HasDynamicTitle {

    enum Usage { BENEFICIARY, LEGAL_REPRESENTATIVE, COMPANY }


    private final Registrations registrations;
    private final Canton canton;
    private final Language language;

    private final IndividualRegistration individual = new IndividualRegistration();
    private final CompanyRegistration company = new CompanyRegistration();
    private final Binder<IndividualRegistration> individualBinder = new Binder<>(IndividualRegistration.class);
    private final Binder<CompanyRegistration> companyBinder = new Binder<>(CompanyRegistration.class);
    private final FieldErrors individualErrors = new FieldErrors();
    private final FieldErrors companyErrors = new FieldErrors();

    private final CheckboxGroup<Usage> usage = new CheckboxGroup<>();
    private final Div individualForm = new Div();
    private final Div companyForm = new Div();
    private final Section content = new Section();

    RegistrationView(Registrations registrations, CurrentCanton currentCanton) {
        this.registrations = registrations;
        this.canton = currentCanton.get();
        this.language = UiLanguage.current();
        addClassNames("landing", "registration");

        H1 title = new H1(getTranslation("registration.title"));
        Header header = new Header(new Div(title, new Paragraph(canton.office().name().in(language))),
                new LanguageSwitcher(canton));
        header.addClassName("landing-header");

        usage.setLabel(getTranslation("registration.usage"));
        usage.setItems(Usage.values());
        usage.setItemLabelGenerator(item -> getTranslation("registration.usage." + item.name().toLowerCase(Locale.ROOT)));
        usage.setId("usage");
        usage.addValueChangeListener(event -> usageChanged(event.getOldValue(), event.getValue()));
        individualErrors.register("roles", usage);

        buildIndividualForm();
        buildCompanyForm();
        individualForm.setVisible(false);
        companyForm.setVisible(false);
        content.addClassName("card");
        content.add(usage, individualForm, companyForm);
        add(header, content, new Anchor("/", getTranslation("error.home")), new SiteFooter(canton, language, true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registration.title") + " – " + canton.name().in(language);
    }

    private void usageChanged(Set<Usage> before, Set<Usage> now) {
        Set<Usage> chosen = now.isEmpty() ? EnumSet.noneOf(Usage.class) : EnumSet.copyOf(now);
        // A company registers alone; a person is a beneficiary, a representative, or both.
        if (chosen.contains(Usage.COMPANY) && chosen.size() > 1) {
            usage.setValue(before.contains(Usage.COMPANY)
                    ? EnumSet.complementOf(EnumSet.of(Usage.COMPANY)).stream().filter(chosen::contains)
                            .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Usage.class)))
                    : EnumSet.of(Usage.COMPANY));
            return;
        }
        individual.setBeneficiary(chosen.contains(Usage.BENEFICIARY));
        individual.setLegalRepresentative(chosen.contains(Usage.LEGAL_REPRESENTATIVE));
        companyForm.setVisible(chosen.contains(Usage.COMPANY));
        individualForm.setVisible(!chosen.isEmpty() && !chosen.contains(Usage.COMPANY));
        beneficiarySection.setVisible(individual.isBeneficiary());
    }

    private final FormLayout beneficiarySection = new FormLayout();

    private void buildIndividualForm() {
        FieldErrors errors = individualErrors;
        Binder<IndividualRegistration> binder = individualBinder;
        FormLayout personal = form(
                bind(binder, errors, "title", choice("registration.title-field", "registration.title-field.", Title.values())),
                bind(binder, errors, "lastName", text("registration.last-name", 100)),
                bind(binder, errors, "firstName", text("registration.first-name", 100)),
                bind(binder, errors, "street", text("registration.street", 200)),
                bind(binder, errors, "postalCode", text("registration.postal-code", 10)),
                bind(binder, errors, "locality", text("registration.locality", 100)),
                bind(binder, errors, "country", country("registration.country")));
        beneficiarySection.add(
                bind(binder, errors, "birthDate", pastDate("registration.birth-date")),
                bind(binder, errors, "avsNumber", text("registration.avs-number", 16)),
                bind(binder, errors, "minorOrUnderGuardianship", checkbox("registration.minor")));
        ((TextField) errors.field("avsNumber")).setPlaceholder("756.1234.5678.90");
        FormLayout bank = form(
                bind(binder, errors, "iban", text("registration.iban", 42)),
                bind(binder, errors, "accountHolder", text("registration.account-holder", 140)));
        FormLayout login = loginSection(binder, errors);
        Checkbox confirmed = bind(binder, errors, "confirmed", checkbox("registration.confirm"));
        Button submit = new Button(getTranslation("registration.submit"), click -> submitIndividual());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("register-individual");
        binder.setBean(individual);
        individualForm.add(new H2(getTranslation("registration.section.personal")), personal, beneficiarySection,
                new H2(getTranslation("registration.section.bank")), bank,
                new H2(getTranslation("registration.section.login")), login, confirmed, legalLinks(), submit);
    }

    private void buildCompanyForm() {
        FieldErrors errors = companyErrors;
        Binder<CompanyRegistration> binder = companyBinder;
        FormLayout companyData = form(
                bind(binder, errors, "companyName", text("registration.company-name", 200)),
                bind(binder, errors, "gln", text("registration.gln", 13)),
                bind(binder, errors, "uid", text("registration.uid", 20)),
                bind(binder, errors, "street", text("registration.street", 200)),
                bind(binder, errors, "postalCode", text("registration.postal-code", 10)),
                bind(binder, errors, "locality", text("registration.locality", 100)),
                bind(binder, errors, "country", country("registration.country")));
        FormLayout person = form(
                bind(binder, errors, "title", choice("registration.title-field", "registration.title-field.", Title.values())),
                bind(binder, errors, "lastName", text("registration.last-name", 100)),
                bind(binder, errors, "firstName", text("registration.first-name", 100)));
        FormLayout login = loginSection(binder, errors);
        Checkbox conditions = bind(binder, errors, "conditionsAccepted", checkbox("registration.conditions"));
        Button submit = new Button(getTranslation("registration.submit"), click -> submitCompany());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("register-company");
        binder.setBean(company);
        // Seed 002 §2: where a company gets its GLN.
        Anchor glnProcedure = new Anchor(getTranslation("registration.company.gln-url"),
                getTranslation("registration.company.gln-link"), AnchorTarget.BLANK);
        glnProcedure.setId("gln-procedure");
        companyForm.add(new Paragraph(new Span(getTranslation("registration.company.gln-hint") + " "), glnProcedure),
                new H2(getTranslation("registration.section.company")), companyData,
                new H2(getTranslation("registration.section.registrant")), person,
                new H2(getTranslation("registration.section.login")), login, conditions, legalLinks(), submit);
    }

    /**
     * The conditions and the data protection statement, next to the box that accepts them. They
     * open in a new tab so that nothing typed here is lost; the link stays outside the checkbox's
     * label so that clicking the label still ticks the box.
     */
    private Div legalLinks() {
        Anchor conditions = SiteFooter.link(SiteFooter.TERMS, "legal.registration.conditions", true);
        conditions.addClassName("conditions-link");
        Anchor privacy = SiteFooter.link(SiteFooter.PRIVACY, "legal.privacy.title", true);
        Div links = new Div(new Paragraph(conditions),
                new Paragraph(new Span(getTranslation("legal.registration.privacy") + " "), privacy));
        links.addClassName("registration-legal");
        return links;
    }

    private <T> FormLayout loginSection(Binder<T> binder, FieldErrors errors) {
        TextField email = bind(binder, errors, "email", text("registration.email", 254));
        PasswordField password = bind(binder, errors, "password", password("registration.password"));
        password.setHelperText(getTranslation("registration.password.help"));
        PasswordField confirmation = bind(binder, errors, "passwordConfirmation", password("registration.password-confirmation"));
        ComboBox<String> mobileCountry = bind(binder, errors, "mobileCountry", country("registration.mobile-country"));
        TextField mobile = bind(binder, errors, "mobile", text("registration.mobile", 20));
        mobile.setHelperText(getTranslation("registration.mobile.help"));
        return form(email, password, confirmation, mobileCountry, mobile);
    }

    private void submitIndividual() {
        individualErrors.clear();
        try {
            registrations.registerIndividual(individual, language, client());
            done(getTranslation("registration.done.individual.title"),
                    getTranslation("registration.done.individual.text", individual.getEmail().strip()));
        } catch (InvalidInputException invalid) {
            individualErrors.show(invalid);
        } catch (TooManyRequestsException tooMany) {
            individualErrors.show("email", new Problem(TooManyRequestsException.MESSAGE_KEY));
        }
    }

    private void submitCompany() {
        companyErrors.clear();
        try {
            registrations.registerCompany(company, language, client());
            done(getTranslation("registration.done.company.title"),
                    getTranslation("registration.done.company.text", canton.office().name().in(language)));
        } catch (InvalidInputException invalid) {
            companyErrors.show(invalid);
        } catch (TooManyRequestsException tooMany) {
            companyErrors.show("email", new Problem(TooManyRequestsException.MESSAGE_KEY));
        }
    }

    /** Where this click came from, as the servlet container saw it; the service decides what it allows. */
    private static ClientAddress client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return ClientAddress.of(request == null ? null : request.getRemoteAddr());
    }

    private void done(String title, String text) {
        content.removeAll();
        Anchor login = new Anchor("/login?lang=" + language.code(), getTranslation("landing.login.button"));
        login.setRouterIgnore(true);
        login.setId("login-after-registration");
        content.add(new H2(title), new Paragraph(text), login);
        content.setId("registration-done");
    }

    private <T, V, C extends Component & HasValue<?, V> & com.vaadin.flow.component.HasValidation> C bind(
            Binder<T> binder, FieldErrors errors, String property, C field) {
        binder.bind(field, property);
        field.setId(property);
        return errors.register(property, field);
    }

    private PasswordField password(String labelKey) {
        return new PasswordField(getTranslation(labelKey));
    }

    private Checkbox checkbox(String labelKey) {
        return new Checkbox(getTranslation(labelKey));
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }
}
