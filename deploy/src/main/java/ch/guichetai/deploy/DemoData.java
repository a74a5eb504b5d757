package ch.guichetai.deploy;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.NewAccount;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.beneficiary.Beneficiary;
import ch.guichetai.beneficiary.BeneficiarySort;
import ch.guichetai.beneficiary.BeneficiaryFilter;
import ch.guichetai.beneficiary.BeneficiaryForm.DecisionInput;
import ch.guichetai.beneficiary.BeneficiaryForm;
import ch.guichetai.canton.Canton;
import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.Language;
import ch.guichetai.canton.Role;
import ch.guichetai.company.Companies;
import ch.guichetai.company.Company;
import ch.guichetai.company.NewCompany;
import ch.guichetai.document.Documents;
import ch.guichetai.document.ReceivedDocument;
import ch.guichetai.identity.Actor;
import ch.guichetai.identity.KeycloakUsers;
import ch.guichetai.keycloak.RealmGenerator.User;
import ch.guichetai.primitives.AvsNumber;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.EmailAddress;
import ch.guichetai.primitives.Gln;
import ch.guichetai.primitives.Iban;
import ch.guichetai.primitives.PhoneNumber;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.request.FormContent;
import ch.guichetai.request.IbanChoice;
import ch.guichetai.request.NewRequest;
import ch.guichetai.request.RequestDecisions;
import ch.guichetai.request.RequestHeader;
import ch.guichetai.request.RequestStatus;
import ch.guichetai.request.Requests;
import ch.guichetai.request.SentRequest;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.validation.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's side of the demo accounts (local stack only): the account of each demo user
 * that Keycloak imported, each canton's demo company, approved, their beneficiaries and a few sent
 * requests, some decided by the canton's demo office agent so that every status shows. Runs once Keycloak is up, and
 * again at every start without duplicating anything.
 */
final class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final String DEMO_IBAN = "CH93 0076 2011 6238 5295 7";

    private final CantonCatalog cantons;
    private final KeycloakUsers keycloak;
    private final Accounts accounts;
    private final Companies companies;
    private final Beneficiaries beneficiaries;
    private final TransactionTemplate transaction;
    private final Requests requests;
    private final Documents documents;
    private final RequestDecisions decisions;

    DemoData(ApplicationContext app) {
        this.cantons = app.getBean(CantonCatalog.class);
        this.keycloak = app.getBean(KeycloakUsers.class);
        this.accounts = app.getBean(Accounts.class);
        this.companies = app.getBean(Companies.class);
        this.beneficiaries = app.getBean(Beneficiaries.class);
        this.transaction = app.getBean(TransactionTemplate.class);
        this.requests = app.getBean(Requests.class);
        this.documents = app.getBean(Documents.class);
        this.decisions = app.getBean(RequestDecisions.class);
    }

    void seed() {
        var users = DemoUsers.byCanton(cantons);
        var demoCompanies = DemoUsers.companies(cantons);
        for (Canton canton : cantons.all()) {
            String code = canton.code().value();
            TenantContext.runAs(canton.code(), () -> seed(canton, users.get(code), demoCompanies.get(code)));
        }
    }

    private void seed(Canton canton, List<User> users, DemoUsers.Company demoCompany) {
        Language language = canton.defaultLanguage();
        PostalAddress address = new PostalAddress(canton.office().address().street(),
                canton.office().address().postalCode(), canton.office().address().locality().in(language), "CH");
        Company company = companies.byGln(Gln.of(demoCompany.gln())).orElseGet(() -> transaction.execute(status ->
                companies.register(new NewCompany(demoCompany.name(), Gln.of(demoCompany.gln()), Optional.empty(), address))));
        int index = 0;
        for (User user : users) {
            index++;
            Role role = user.roles().getFirst();
            if (role == Role.OFFICE_AGENT || role == Role.OFFICE_ADMIN) {
                continue; // office staff have no account: their roles are enough
            }
            String subject = keycloak.findIdByEmail(canton.code(), user.email())
                    .orElseThrow(() -> new IllegalStateException("demo user " + user.email() + " is not in Keycloak"));
            if (accounts.bySubject(subject).isPresent()) {
                continue;
            }
            Account.Person person = new Account.Person(index % 2 == 0 ? Account.Title.MRS : Account.Title.MR,
                    user.lastName(), user.firstName(), address, EmailAddress.of(user.email()),
                    PhoneNumber.mobileOf(user.mobileNumber()));
            NewAccount account = switch (role) {
                case BENEFICIARY -> NewAccount.individual(subject, person, language, false, Optional.of(
                        new Account.BeneficiaryIdentity(LocalDate.of(1978, 3, index), AvsNumber.of(ean13("756" + "%09d".formatted(123_450_000 + index * 10 + canton.code().value().charAt(0) % 10))), false)));
                case LEGAL_REPRESENTATIVE -> NewAccount.individual(subject, person, language, true, Optional.empty());
                case COMPANY_MANAGER -> NewAccount.companyMember(subject, person, language, company.id(), Account.CompanyRole.MANAGER);
                default -> NewAccount.companyMember(subject, person, language, company.id(), Account.CompanyRole.COLLABORATOR);
            };
            boolean individual = account.kind() == Account.Kind.INDIVIDUAL;
            accounts.create(account.withEmailVerified(), individual ? new Accounts.BankAccountDraft(Iban.of(DEMO_IBAN),
                    user.firstName() + " " + user.lastName()) : null);
        }
        if (company.status() == Company.Status.PENDING) {
            // the demo data act as an office administrator of the canton would
            companies.approve(new Actor(canton.code(), "demo-data", "demo-data", Set.of(Role.OFFICE_ADMIN), Optional.empty(),
                    Optional.empty()), company.id());
        }
        int cantonDigit = canton.code().value().charAt(0) % 10;
        Account member = accounts.membersOf(company.id()).getFirst();
        seedBeneficiaries(actorOf(canton, member), address, cantonDigit, List.of(
                new DemoBeneficiary(Account.Title.MRS, "Rochat", "Lucie", LocalDate.of(1961, 4, 12), null,
                        List.of(new DecisionInput("2023-123456", "Fauteuil roulant"))),
                new DemoBeneficiary(Account.Title.MR, "Favre", "Marc", LocalDate.of(1984, 11, 3), null, List.of()),
                new DemoBeneficiary(Account.Title.MRS, "Berset", "Léa", LocalDate.of(2014, 6, 21), "Anne Berset",
                        List.of(new DecisionInput("2024-654321", "Contribution d’assistance")))));
        users.stream().filter(user -> user.roles().getFirst() == Role.LEGAL_REPRESENTATIVE)
                .flatMap(user -> keycloak.findIdByEmail(canton.code(), user.email()).flatMap(accounts::bySubject).stream())
                .forEach(representative -> seedBeneficiaries(actorOf(canton, representative), address, cantonDigit,
                        List.of(new DemoBeneficiary(Account.Title.MR, representative.lastName(), "Noé",
                                LocalDate.of(2016, 2, 9), representative.firstName() + " " + representative.lastName(),
                                List.of()))));
        seedRequests(canton, users, member);
    }

    /**
     * Sent requests of the forms, so that the Guichet's history is not empty: seed 004's example,
     * an invoice, an API/SSI invoice (318.632.2) and an assistive device (318.635-639, key 635) for
     * the first demo beneficiary, a trip and an invoice for the company's first beneficiaries.
     * Their submission keys are fixed, so a restart sends nothing twice. The office accepts the
     * person's invoice and the company's, asks to complete the API/SSI invoice and the company's
     * trip, and refuses the assistive device; the others stay in progress: every status shows. The
     * person's car trip goes through the whole correction: asked, corrected, in progress again.
     */
    private void seedRequests(Canton canton, List<User> users, Account member) {
        DecisionNumber decision = DecisionNumber.of(canton.office().decisionCode() + "20251000896");
        users.stream().filter(user -> user.roles().getFirst() == Role.BENEFICIARY).findFirst()
                .flatMap(user -> keycloak.findIdByEmail(canton.code(), user.email()).flatMap(accounts::bySubject))
                .ifPresent(person -> {
                    Actor actor = actorOf(canton, person);
                    send(canton, actor, 1, Optional.empty(), decision, DemoRequests.seed004());
                    send(canton, actor, 2, Optional.empty(), decision, DemoRequests.invoice("Pharmacie du Lac", "54.90"))
                            .ifPresent(sent -> decide(canton, users, sent, RequestStatus.ACCEPTED));
                    send(canton, actor, 10, Optional.empty(), decision, DemoRequests.helplessnessAllowance())
                            .ifPresent(sent -> decide(canton, users, sent, RequestStatus.TO_COMPLETE));
                    send(canton, actor, 536, Optional.empty(), decision,
                            DemoRequests.assistance(requests.billableMonths().get(1))); // form 318.536: last month
                    send(canton, actor, 635, Optional.empty(), decision, DemoRequests.conversion())
                            .ifPresent(sent -> decide(canton, users, sent, RequestStatus.REFUSED));
                    send(canton, actor, 300, Optional.empty(), decision, DemoRequests.hearingAids());
                    send(canton, actor, 11, Optional.empty(), decision, DemoRequests.carTrip(210))
                            .ifPresent(sent -> correctedOnce(canton, users, actor, sent));
                });
        Actor company = actorOf(canton, member);
        List<Beneficiary> billed = beneficiaries.page(company, BeneficiaryFilter.NONE, 0, 2, BeneficiarySort.NAME);
        for (int i = 0; i < billed.size(); i++) {
            FormContent content = i == 0 ? DemoRequests.carTrip() : DemoRequests.invoice("Orthopédie Léman SA", "1280.00");
            RequestStatus status = i == 0 ? RequestStatus.TO_COMPLETE : RequestStatus.ACCEPTED;
            send(canton, company, 3 + i, Optional.of(billed.get(i).id()), decision, content)
                    .ifPresent(sent -> decide(canton, users, sent, status));
        }
    }

    private Optional<SentRequest> send(Canton canton, Actor actor, int number, Optional<Long> beneficiary,
                                       DecisionNumber decision, FormContent content) {
        UUID key = UUID.nameUUIDFromBytes(("demo-request-" + canton.code() + "-" + number).getBytes(StandardCharsets.UTF_8));
        Optional<Iban> iban = requests.ibansFor(actor, beneficiary).stream().map(IbanChoice::iban).findFirst();
        if (iban.isEmpty()) {
            return Optional.empty(); // an account without bank account sends nothing
        }
        RequestHeader header = new RequestHeader(beneficiary, iban.get(), decision, null, false, null);
        List<ReceivedDocument> attached = DemoRequests.fileNames(content).stream()
                .map(name -> documents.receive(name, new ByteArrayInputStream(DemoRequests.PDF))).toList();
        try {
            return Optional.of(requests.send(actor, new NewRequest(key, header, content, attached)));
        } catch (InvalidInputException e) {
            // dates the office no longer accepts, years after these demo data were written
            LOG.warn("demo request {} of {} not sent: {}", number, canton.code(), e.problems().keySet());
            return Optional.empty();
        }
    }

    private record DemoBeneficiary(Account.Title title, String lastName, String firstName, LocalDate birthDate,
                                   String legalRepresentative, List<DecisionInput> decisions) {
    }

    /** The demo data act as this account's owner would once logged in. */
    private static Actor actorOf(Canton canton, Account account) {
        Role role = account.companyId().isPresent() ? Role.COMPANY_MANAGER : Role.LEGAL_REPRESENTATIVE;
        return new Actor(canton.code(), account.subject(), account.email().value(), Set.of(role), Optional.of(account.id()),
                account.companyId());
    }

    /** A few beneficiaries for an owner that has none yet, so that the Bénéficiaires pages are not empty. */
    private void seedBeneficiaries(Actor owner, PostalAddress address, int cantonDigit,
                                   List<DemoBeneficiary> demo) {
        if (beneficiaries.count(owner, BeneficiaryFilter.NONE) > 0) {
            return;
        }
        for (DemoBeneficiary person : demo) {
            BeneficiaryForm form = new BeneficiaryForm();
            form.setTitle(person.title());
            form.setLastName(person.lastName());
            form.setFirstName(person.firstName());
            form.setBirthDate(person.birthDate());
            form.setAvsNumber(ean13("7569%d%03d%04d".formatted(cantonDigit, owner.companyId().or(owner::accountId).orElseThrow() % 1000,
                    person.birthDate().getYear())));
            form.setStreet(address.street());
            form.setPostalCode(address.postalCode());
            form.setLocality(address.locality());
            form.setCountry(address.country());
            if (person.legalRepresentative() != null) {
                form.setUnderRepresentation(true);
                form.setRepresentativeName(person.legalRepresentative());
                form.setRepresentativeStreet(address.street());
                form.setRepresentativePostalCode(address.postalCode());
                form.setRepresentativeLocality(address.locality());
                form.setRepresentativeCountry(address.country());
            }
            form.setDecisions(person.decisions());
            form.setIban(DEMO_IBAN);
            form.setAccountHolder(person.firstName() + " " + person.lastName());
            beneficiaries.create(owner, form);
        }
    }

    /** 12 digits and their EAN-13 check digit (AVS numbers use the same rule as GLNs). */
    private static String ean13(String twelveDigits) {
        return DemoUsers.withCheckDigit(twelveDigits);
    }

    // --- issue 12: mails (every status in the demo data, ADR 0038) ---

    /**
     * The canton's demo office agent decides a demo request once (a request that has transitions is
     * left as it is, whatever happened to it since): accepted, to complete with a message, or refused
     * with a reason, through {@link RequestDecisions} as the office would, so the sender gets its mail.
     */
    private void decide(Canton canton, List<User> users, SentRequest sent, RequestStatus status) {
        Actor agent = officeAgentOf(canton, users);
        if (!decisions.transitions(agent, sent.id()).isEmpty()) {
            return;
        }
        boolean german = canton.defaultLanguage() == Language.DE;
        switch (status) {
            case ACCEPTED -> decisions.accept(agent, sent.id());
            case TO_COMPLETE -> decisions.askCorrection(agent, sent.id(), german
                    ? "Bitte legen Sie die Rechnung bei, auf der jede Leistung mit ihrem Datum aufgeführt ist."
                    : "Veuillez joindre la facture détaillant chaque prestation avec sa date.");
            case REFUSED -> decisions.refuse(agent, sent.id(), german
                    ? "Die Kostengutsprache der IV-Stelle fehlt: Der Kauf wurde vor dem Entscheid getätigt."
                    : "La garantie de prise en charge de l’office AI manque : l’achat a été fait avant la décision.");
            case IN_PROGRESS -> throw new IllegalArgumentException("the office does not decide " + status);
        }
    }

    /** The canton's demo office agent, logged in as Keycloak knows them. */
    private Actor officeAgentOf(Canton canton, List<User> users) {
        User agent = users.stream().filter(user -> user.roles().getFirst() == Role.OFFICE_AGENT).findFirst().orElseThrow();
        String subject = keycloak.findIdByEmail(canton.code(), agent.email())
                .orElseThrow(() -> new IllegalStateException("demo user " + agent.email() + " is not in Keycloak"));
        return new Actor(canton.code(), subject, agent.email(), Set.of(Role.OFFICE_AGENT), Optional.empty(), Optional.empty());
    }

    // --- issue 12: lifecycle (a request corrected once in the demo data) ---

    /**
     * The whole correction cycle on one demo request, once (a request with transitions is left as it
     * is): the canton's agent asks for the right kilometres, the owner corrects them through
     * {@link Requests#correct} as the correction page does, and the request is in progress again
     * with its first version kept for the office's page.
     */
    private void correctedOnce(Canton canton, List<User> users, Actor owner, SentRequest sent) {
        Actor agent = officeAgentOf(canton, users);
        if (!decisions.transitions(agent, sent.id()).isEmpty()) {
            return;
        }
        decisions.askCorrection(agent, sent.id(), canton.defaultLanguage() == Language.DE
                ? "Der Weg zum Atelier misst hin und zurück 46 km pro Tag: Bitte korrigieren Sie die Kilometer."
                : "Le trajet jusqu’à l’atelier compte 46 km par jour aller et retour : corrigez les kilomètres, s’il vous plaît.");
        UUID key = UUID.nameUUIDFromBytes(("demo-correction-" + canton.code() + "-" + sent.id()).getBytes(StandardCharsets.UTF_8));
        RequestHeader header = new RequestHeader(Optional.empty(), sent.iban(), sent.decisionNumber(), null, false, null);
        requests.correct(owner, sent.id(), new NewRequest(key, header, DemoRequests.carTrip(230), List.of()));
    }
}
