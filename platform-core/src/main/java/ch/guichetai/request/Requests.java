package ch.guichetai.request;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.beneficiary.Beneficiary;
import ch.guichetai.beneficiary.BeneficiaryDecision;
import ch.guichetai.beneficiary.BeneficiaryFilter;
import ch.guichetai.beneficiary.BeneficiaryForm.DecisionInput;
import ch.guichetai.beneficiary.BeneficiarySort;
import ch.guichetai.canton.Canton;
import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.RateKind;
import ch.guichetai.catalogue.AssistiveDeviceCatalog;
import ch.guichetai.document.DocumentOwner;
import ch.guichetai.document.Documents;
import ch.guichetai.document.ReceivedDocument;
import ch.guichetai.document.StoredDocument;
import ch.guichetai.identity.Actor;
import ch.guichetai.money.Money;
import ch.guichetai.paging.Rows;
import ch.guichetai.registration.Registrations;
import ch.guichetai.tenant.TenantContext;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests (demandes de remboursement): sending one, the history, reading one and its documents,
 * and the choices the forms offer (ADR 0024). Every method takes the acting user and decides access
 * itself (ADR 0021): a request is read by its owner (the person, or every member of the company)
 * and by the office staff of its canton; to anyone else it does not exist.
 */
@Service
public class Requests {

    private final CantonCatalog cantons;
    private final RequestRepository requests;
    private final RequestRows rows;
    private final RequestQueries queries;
    private final RequestDrafts drafts;
    private final Documents documents;
    private final Beneficiaries beneficiaries;
    private final Accounts accounts;
    private final Registrations registrations;
    private final TransactionTemplate transactions;
    private final EntityManager entities;
    private final Clock clock;
    private final AssistiveDeviceCatalog devices;

    Requests(CantonCatalog cantons, RequestRepository requests, RequestRows rows, RequestQueries queries, RequestDrafts drafts,
             Documents documents,
             Beneficiaries beneficiaries, Accounts accounts, Registrations registrations, TransactionTemplate transactions,
             EntityManager entities, Clock clock,
             AssistiveDeviceCatalog devices) {
        this.cantons = cantons;
        this.requests = requests;
        this.rows = rows;
        this.queries = queries;
        this.drafts = drafts;
        this.documents = documents;
        this.beneficiaries = beneficiaries;
        this.accounts = accounts;
        this.registrations = registrations;
        this.transactions = transactions;
        this.entities = entities;
        this.clock = clock;
        this.devices = devices;
    }

    /**
     * Checks everything again on the server (any total from outside is ignored: the content is
     * priced here), then stores the request with its documents in one transaction, status
     * {@link RequestStatus#IN_PROGRESS}, with the next reference of the canton and year. With
     * "save the decision number", the number goes to the beneficiary's decisions in the same
     * transaction, and the page's draft (of the same submission key) is deleted. Sending again with
     * the same submission key returns the first request: the database's unique key decides between
     * two sends at once. Text is stored as typed (escaping
     * is the job of whatever shows it).
     *
     * @throws ch.guichetai.validation.InvalidInputException with the field keys of the records
     * @throws Actor.NotAllowedException when the actor may not send: no account here, e-mail not
     *                                   verified, or a form the canton does not take
     */
    public SentRequest send(Actor actor, NewRequest request) {
        Account account = accounts.of(actor).orElseThrow(() -> new Actor.NotAllowedException(actor, "a person with an account here"));
        DocumentOwner owner = ownerOf(actor).orElseThrow();
        if (!registrations.emailVerified(account)) {
            throw new Actor.NotAllowedException(actor, "a person whose e-mail address is verified");
        }
        Canton canton = canton();
        if (!canton.forms().contains(request.content().form())) {
            throw new Actor.NotAllowedException(actor, "sending form " + request.content().form().officialNumber() + " here");
        }
        Optional<SentRequest> earlier = sentWith(actor, request.submissionKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        RequestHeader header = request.header();
        RequestCheck check = new RequestCheck(LocalDate.now(clock), canton.rates(), devices);
        RequestBeneficiary beneficiary = beneficiary(check, actor, account, header.beneficiaryId());
        check.header(header);
        if (header.iban() != null && ibansFor(actor, header.beneficiaryId()).stream().noneMatch(choice -> choice.iban().equals(header.iban()))) {
            check.problem(RequestHeader.IBAN, "invalid.request.iban-not-offered");
        }
        String officeCode = canton.office().decisionCode();
        if (header.decisionNumber() != null && !header.decisionNumber().officeCode().equals(officeCode)) {
            check.problem(RequestHeader.DECISION_NUMBER, "invalid.decision-number.other-office", officeCode);
        }
        check.content(request.content(), request.documents());
        check.documents(request.documents(), documents.maxBytes(), request.content().documentsRequired());
        PricedContent priced = request.content().price(canton.rates());
        check.rates(priced);
        check.throwIfAny();

        Sending sending = new Sending(actor, owner, account, beneficiary, request, priced, clock.instant());
        try {
            long id = transactions.execute(status -> store(sending));
            return byId(actor, id).orElseThrow();
        } catch (DataIntegrityViolationException sentAlready) {
            return sentWith(actor, request.submissionKey()).orElseThrow(() -> sentAlready);
        }
    }

    /** What {@link #send} checked, to be stored. */
    private record Sending(Actor actor, DocumentOwner owner, Account responsible, RequestBeneficiary beneficiary,
                           NewRequest request, PricedContent priced, Instant sentAt) {
    }

    /**
     * Documents first, the reference last: the counter's row stays locked from there to the commit,
     * which should not wait for 20 documents to be written.
     */
    private long store(Sending sending) {
        List<StoredDocument> stored = new ArrayList<>();
        for (ReceivedDocument document : sending.request().documents()) {
            stored.add(documents.store(sending.owner(), document));
        }
        RequestHeader header = sending.request().header();
        if (header.saveDecision() && sending.beneficiary().id().isPresent()) {
            beneficiaries.recordDecision(sending.actor(), sending.beneficiary().id().get(),
                    new DecisionInput(header.decisionNumber().grouped(), header.decisionDescription()));
        }
        int year = sending.sentAt().atZone(clock.getZone()).getYear();
        RequestReference reference = new RequestReference(TenantContext.current(), year, rows.nextNumber(year));
        StoredRequest row = requests.saveAndFlush(new StoredRequest(reference, sending.request().submissionKey(),
                sending.owner(), sending.responsible().id(), nameOf(sending.responsible()), sending.beneficiary(), header,
                sending.request().content(), sending.priced(), sending.sentAt()));
        rows.attach(row.id(), stored);
        rows.tally(row.id(), RequestStatus.IN_PROGRESS, 1);
        drafts.deleteSent(sending.owner(), sending.request().submissionKey());
        return row.id();
    }

    private Optional<SentRequest> sentWith(Actor actor, UUID submissionKey) {
        return requests.findBySubmissionKey(submissionKey.toString()).filter(row -> mayRead(actor, row)).map(this::view);
    }

    /** The beneficiary the request is for, or null with a problem. */
    private RequestBeneficiary beneficiary(RequestCheck check, Actor actor, Account account, Optional<Long> id) {
        if (id.isEmpty()) {
            if (account.companyId().isPresent() || !account.isBeneficiary()) {
                check.required(RequestHeader.BENEFICIARY, null);
                return null;
            }
            return self(account);
        }
        Optional<Beneficiary> found = activeBeneficiary(actor, id.get());
        if (found.isEmpty()) {
            check.problem(RequestHeader.BENEFICIARY, "invalid.request.beneficiary");
            return null;
        }
        return of(found.get());
    }

    private Optional<Beneficiary> activeBeneficiary(Actor actor, long id) {
        return beneficiaries.byId(actor, id).filter(beneficiary -> !beneficiary.isArchived());
    }

    private static RequestBeneficiary self(Account account) {
        return new RequestBeneficiary(Optional.empty(), nameOf(account), account.avsNumber());
    }

    private static RequestBeneficiary of(Beneficiary beneficiary) {
        return new RequestBeneficiary(Optional.of(beneficiary.id()), beneficiary.firstName() + " " + beneficiary.lastName(),
                Optional.of(beneficiary.avsNumber()));
    }

    private static String nameOf(Account account) {
        return account.firstName() + " " + account.lastName();
    }

    /** The requests the actor owns (a company's: every member sees them all), newest first. */
    public List<RequestSummary> history(Actor actor, Rows page) {
        return history(actor, RequestFilter.NONE, page);
    }

    public long count(Actor actor) {
        return count(actor, RequestFilter.NONE);
    }

    /**
     * The requests the actor owns that match the filter, newest first (ADR 0035). Every criterion
     * only narrows the actor's own requests: another company's or person's id finds nothing.
     */
    public List<RequestSummary> history(Actor actor, RequestFilter filter, Rows page) {
        return ownerOf(actor).map(owner -> queries.history(owner, filter, page)).orElse(List.of());
    }

    public long count(Actor actor, RequestFilter filter) {
        return ownerOf(actor).map(owner -> queries.historyCount(owner, filter)).orElse(0L);
    }

    /** The request when the actor owns it or is office staff of its canton; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<SentRequest> byId(Actor actor, long id) {
        return readable(actor, id).map(this::view);
    }

    /** Streams a document of a request the actor may read; false when it may not, or there is none. */
    @Transactional(readOnly = true)
    public boolean readDocument(Actor actor, long requestId, long documentId, Documents.ContentConsumer consumer) {
        return readable(actor, requestId).filter(row -> rows.documentIds(row.id()).contains(documentId))
                .map(row -> documents.read(actor, documentId, consumer)).orElse(false);
    }

    private Optional<StoredRequest> readable(Actor actor, long id) {
        return entities.createQuery("select r from Request r where r.id = :id", StoredRequest.class)
                .setParameter("id", id).getResultList().stream().findFirst().filter(row -> mayRead(actor, row));
    }

    private boolean mayRead(Actor actor, StoredRequest row) {
        return actor.isOfficeStaff() || ownerOf(actor).filter(row.owner()::equals).isPresent();
    }

    private SentRequest view(StoredRequest row) {
        FormContent content = row.content();
        return new SentRequest(row.id(), row.reference(), row.form(), row.owner(), row.responsibleName(), row.beneficiary(),
                row.iban(), row.decisionNumber(), row.decisionDescription(), row.servicePeriod(), row.status(),
                new Money(row.total()), row.sentAt(), content, content.price(canton().rates()), row.remarks(),
                documents.describe(row.owner(), rows.documentIds(row.id())));
    }

    /**
     * Whom an individual may bill for: themself first (when they are a beneficiary), then the
     * persons they represent (their beneficiaries), by name. Empty for a company, which searches its
     * beneficiaries with {@code Beneficiaries.page/count} (there may be thousands).
     */
    public List<RequestBeneficiary> beneficiaries(Actor actor) {
        Optional<Account> account = accounts.of(actor).filter(found -> found.companyId().isEmpty());
        if (account.isEmpty()) {
            return List.of();
        }
        List<RequestBeneficiary> choices = new ArrayList<>();
        if (account.get().isBeneficiary()) {
            choices.add(self(account.get()));
        }
        beneficiaries.page(actor, BeneficiaryFilter.NONE, 0, Rows.MAX_LIMIT, BeneficiarySort.NAME)
                .forEach(beneficiary -> choices.add(of(beneficiary)));
        return choices;
    }

    /**
     * The accounts a request for this beneficiary (empty: the person themself) may be paid to: the
     * actor's own (a company's for its members), then the beneficiary's, each IBAN once.
     */
    public List<IbanChoice> ibansFor(Actor actor, Optional<Long> beneficiaryId) {
        Map<String, IbanChoice> choices = new LinkedHashMap<>();
        accounts.bankAccountsOf(actor)
                .forEach(bank -> choices.putIfAbsent(bank.iban().value(), new IbanChoice(bank.iban(), bank.holder())));
        beneficiaryId.flatMap(id -> activeBeneficiary(actor, id)).ifPresent(beneficiary -> beneficiary.bank()
                .ifPresent(bank -> choices.putIfAbsent(bank.iban().value(), new IbanChoice(bank.iban(),
                        bank.holder().orElse(of(beneficiary).name())))));
        return List.copyOf(choices.values());
    }

    /** The saved decision numbers of the beneficiary (none for the person themself). */
    public List<BeneficiaryDecision> decisionsFor(Actor actor, Optional<Long> beneficiaryId) {
        return beneficiaryId.map(id -> beneficiaries.decisionsOf(actor, id)).orElse(List.of());
    }

    /** Whether the actor may send requests: a person with an account here whose e-mail is verified. */
    public boolean maySend(Actor actor) {
        return accounts.of(actor).map(registrations::emailVerified).orElse(false);
    }

    /** The amounts of a content with the current canton's rates, for the form's live totals. */
    public PricedContent price(FormContent content) {
        return content.price(canton().rates());
    }

    /** The flat rate in force on a day in the current canton ("Forfait CHF"); empty when none. */
    public Optional<Money> rate(RateKind kind, LocalDate day) {
        return canton().rates().on(kind, day);
    }

    /** The first day a request may bill today: the forms' date pickers start there. */
    public LocalDate firstBillableDay() {
        return RequestCheck.firstBillableDay(LocalDate.now(clock));
    }

    private Canton canton() {
        return cantons.require(TenantContext.current());
    }

    /** The company a member acts for, or the person's account; empty outside the actor's canton. */
    static Optional<DocumentOwner> ownerOf(Actor actor) {
        if (!actor.actsInCurrentCanton()) {
            return Optional.empty();
        }
        return actor.companyId().map(DocumentOwner::ofCompany).or(() -> actor.accountId().map(DocumentOwner::ofAccount));
    }

    /** The months form 318.536 may bill today, the latest first (ADR 0033): its month choice offers these. */
    public List<YearMonth> billableMonths() {
        YearMonth current = YearMonth.now(clock);
        return Stream.iterate(current, month -> month.minusMonths(1))
                .limit(AssistanceContributionCheck.MONTHS_BACK + 1).toList();
    }

    /**
     * The "Responsable" choices of a company's history filter: every member the actor's company ever
     * had (a removed member's requests stay), by name; empty for a person (ADR 0035).
     */
    public List<Account> responsibles(Actor actor) {
        return ownerOf(actor).flatMap(owner -> actor.companyId()).map(accounts::membersOf).orElse(List.of());
    }

    // --- issue 12: backoffice ---

    /**
     * The signed procuration of the request's beneficiary (no content), for office staff of the
     * request's canton; empty for anyone else, for a request for the person themself, and when the
     * beneficiary has none.
     */
    @Transactional(readOnly = true)
    public Optional<StoredDocument> beneficiaryProcuration(Actor actor, long requestId) {
        return beneficiaryForOffice(actor, requestId).flatMap(beneficiary -> beneficiaries.procuration(actor, beneficiary));
    }

    /** Streams that procuration (see {@link #beneficiaryProcuration}); false when there is none for the actor. */
    @Transactional(readOnly = true)
    public boolean readBeneficiaryProcuration(Actor actor, long requestId, Documents.ContentConsumer consumer) {
        return beneficiaryForOffice(actor, requestId)
                .map(beneficiary -> beneficiaries.readProcuration(actor, beneficiary, consumer)).orElse(false);
    }

    private Optional<Long> beneficiaryForOffice(Actor actor, long requestId) {
        return readable(actor, requestId).filter(row -> actor.isOfficeStaff()).flatMap(row -> row.beneficiary().id());
    }
}
