package ch.guichetai.request;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.audit.AuditAction;
import ch.guichetai.audit.AuditTrail;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.beneficiary.Beneficiary;
import ch.guichetai.beneficiary.BeneficiaryDecision;
import ch.guichetai.beneficiary.BeneficiaryFilter;
import ch.guichetai.beneficiary.BeneficiaryForm.DecisionInput;
import ch.guichetai.beneficiary.BeneficiarySort;
import ch.guichetai.canton.Canton;
import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.canton.RateKind;
import ch.guichetai.catalogue.AssistiveDeviceCatalog;
import ch.guichetai.document.DocumentFile;
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
    private final RequestDecisions decisions;
    private final RequestVersions versions;
    private final AuditTrail audit;

    Requests(CantonCatalog cantons, RequestRepository requests, RequestRows rows, RequestQueries queries, RequestDrafts drafts,
             Documents documents,
             Beneficiaries beneficiaries, Accounts accounts, Registrations registrations, TransactionTemplate transactions,
             EntityManager entities, Clock clock,
             AssistiveDeviceCatalog devices, RequestDecisions decisions, RequestVersions versions, AuditTrail audit) {
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
        this.decisions = decisions;
        this.versions = versions;
        this.audit = audit;
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
        Account account = sender(actor, request.content().form());
        Optional<SentRequest> earlier = sentWith(actor, request.submissionKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Sending sending = checked(actor, account, request, List.of());
        try {
            long id = transactions.execute(status -> store(sending));
            return byId(actor, id).orElseThrow();
        } catch (DataIntegrityViolationException sentAlready) {
            return sentWith(actor, request.submissionKey()).orElseThrow(() -> sentAlready);
        }
    }

    /** The actor's account, when they may send this form here: a person whose e-mail is verified, a form the canton takes. */
    private Account sender(Actor actor, InvoiceForm form) {
        Account account = accounts.of(actor).orElseThrow(() -> new Actor.NotAllowedException(actor, "a person with an account here"));
        if (!registrations.emailVerified(account)) {
            throw new Actor.NotAllowedException(actor, "a person whose e-mail address is verified");
        }
        if (!canton().forms().contains(form)) {
            throw new Actor.NotAllowedException(actor, "sending form " + form.officialNumber() + " here");
        }
        return account;
    }

    /**
     * Every check of a request sent or corrected, all problems at once; the documents checked are
     * those {@code attached} to the request already (a correction's) and the new ones. The content is
     * priced here: no total comes from outside.
     */
    private Sending checked(Actor actor, Account account, NewRequest request, List<StoredDocument> attached) {
        Canton canton = canton();
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
        List<DocumentFile> files = Stream.<DocumentFile>concat(attached.stream(), request.documents().stream()).toList();
        check.content(request.content(), files);
        check.documents(files, documents.maxBytes(), request.content().documentsRequired());
        PricedContent priced = request.content().price(canton.rates());
        check.rates(priced);
        check.throwIfAny();
        return new Sending(actor, ownerOf(actor).orElseThrow(), account, beneficiary, request, priced, clock.instant());
    }

    /** What {@link #send} or {@link #correct} checked, to be stored. */
    private record Sending(Actor actor, DocumentOwner owner, Account responsible, RequestBeneficiary beneficiary,
                           NewRequest request, PricedContent priced, Instant sentAt) {
    }

    /**
     * Documents first, the reference last: the counter's row stays locked from there to the commit,
     * which should not wait for 20 documents to be written.
     */
    private long store(Sending sending) {
        List<StoredDocument> stored = storeDocuments(sending);
        RequestHeader header = sending.request().header();
        recordDecision(sending);
        int year = sending.sentAt().atZone(clock.getZone()).getYear();
        RequestReference reference = new RequestReference(TenantContext.current(), year, rows.nextNumber(year));
        StoredRequest row = requests.saveAndFlush(new StoredRequest(reference, sending.request().submissionKey(),
                sending.owner(), sending.responsible().id(), nameOf(sending.responsible()), sending.beneficiary(), header,
                sending.request().content(), sending.priced(), sending.sentAt()));
        rows.attach(row.id(), stored);
        rows.tally(row.id(), RequestStatus.IN_PROGRESS, 1);
        drafts.deleteSent(sending.owner(), sending.request().submissionKey());
        audit.record(sending.actor(), AuditAction.REQUEST_SENT, AuditTrail.REQUEST, row.id(),
                reference + ", " + sending.request().content().form().officialNumber());
        return row.id();
    }

    private List<StoredDocument> storeDocuments(Sending sending) {
        List<StoredDocument> stored = new ArrayList<>();
        for (ReceivedDocument document : sending.request().documents()) {
            stored.add(documents.store(sending.owner(), document));
        }
        return stored;
    }

    /** "Enregistrer le numéro de décision": the number goes to the beneficiary's decisions. */
    private void recordDecision(Sending sending) {
        RequestHeader header = sending.request().header();
        if (header.saveDecision() && sending.beneficiary().id().isPresent()) {
            beneficiaries.recordDecision(sending.actor(), sending.beneficiary().id().get(),
                    new DecisionInput(header.decisionNumber().grouped(), header.decisionDescription()));
        }
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
        return actor.isOfficeStaff() || isOwner(actor, row);
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

    // --- issue 12: correction (ADR 0037) ---

    /**
     * The owner's correction of a request the office asked to complete: checked exactly as
     * {@link #send} checks (the documents already attached count with the new ones), priced again,
     * then in one transaction the request goes back {@link RequestStatus#IN_PROGRESS} (its
     * transition recorded by {@link RequestDecisions#correctionSent}), the content it had is kept as
     * a {@link RequestVersion} with its documents, the request takes the corrected content and the
     * new documents are stored and attached after the others. The reference, the owner, the
     * responsible member, the sending time and the submission key stay. The correction's key is the
     * {@code submissionKey} of {@code correction}, made when the correction page opens: correcting
     * again with it returns the request, and the database lets one of two at once through.
     *
     * @throws UnknownRequestException            when the actor does not own the request (the person,
     *                                            or a member of the company)
     * @throws TransitionRefusedException         when the request is not {@link RequestStatus#TO_COMPLETE}
     * @throws IllegalArgumentException           when the correction is of another form than the request
     * @throws ch.guichetai.validation.InvalidInputException with the field keys of the records
     * @throws Actor.NotAllowedException          as {@link #send}
     */
    public SentRequest correct(Actor actor, long requestId, NewRequest correction) {
        StoredRequest row = readable(actor, requestId).filter(found -> isOwner(actor, found))
                .orElseThrow(() -> new UnknownRequestException(requestId));
        Account account = sender(actor, row.form());
        UUID key = correction.submissionKey();
        if (versions.corrected(requestId, key)) {
            return byId(actor, requestId).orElseThrow();
        }
        if (row.status() != RequestStatus.TO_COMPLETE) {
            throw new TransitionRefusedException("request " + requestId + " is " + row.status() + ": only a request to complete is corrected");
        }
        if (correction.content().form() != row.form()) {
            throw new IllegalArgumentException("request " + requestId + " is of form " + row.form().officialNumber()
                    + ", not " + correction.content().form().officialNumber());
        }
        Sending sending = checked(actor, account, correction, documents.describe(row.owner(), rows.documentIds(requestId)));
        try {
            transactions.executeWithoutResult(status -> storeCorrection(requestId, sending));
        } catch (TransitionRefusedException | DataIntegrityViolationException sentAlready) {
            if (!versions.corrected(requestId, key)) { // not the same correction sent twice at once
                throw sentAlready;
            }
        }
        return byId(actor, requestId).orElseThrow();
    }

    /** The move first: its conditional update locks the row, so the version kept is the one being replaced. */
    private void storeCorrection(long requestId, Sending sending) {
        decisions.correctionSent(sending.actor(), requestId);
        versions.keep(requestId, sending.request().submissionKey(), sending.sentAt(), sending.responsible().id());
        rows.attach(requestId, storeDocuments(sending));
        recordDecision(sending);
        StoredRequest row = requests.findById(requestId).orElseThrow();
        row.correct(sending.beneficiary(), sending.request().header(), sending.request().content(), sending.priced());
        requests.flush();
    }

    /**
     * The versions the owner's corrections replaced, oldest first (none for a request never
     * corrected), for the office of the request's canton and its owner.
     *
     * @throws UnknownRequestException to anyone else, as for a missing request
     */
    @Transactional(readOnly = true)
    public List<RequestVersion> previousVersions(Actor actor, long requestId) {
        StoredRequest row = readable(actor, requestId).orElseThrow(() -> new UnknownRequestException(requestId));
        return versions.of(requestId, row.form()).stream().map(version -> new RequestVersion(version.number(),
                version.sentAt(), version.replacedAt(), version.beneficiary(), version.iban(), version.decisionNumber(),
                version.decisionDescription(), version.servicePeriod(), new Money(version.total()), version.content(),
                version.content().price(canton().rates()), version.remarks(),
                documents.describe(row.owner(), version.documentIds()))).toList();
    }

    /**
     * The request when the actor owns it (the person, or a member of the company): the Guichet's
     * detail and correction pages; empty for anyone else, office staff included.
     */
    @Transactional(readOnly = true)
    public Optional<SentRequest> owned(Actor actor, long id) {
        return readable(actor, id).filter(row -> isOwner(actor, row)).map(this::view);
    }

    private static boolean isOwner(Actor actor, StoredRequest row) {
        return ownerOf(actor).filter(row.owner()::equals).isPresent();
    }

    // --- issue 12: queue (ADR 0035) ---

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
