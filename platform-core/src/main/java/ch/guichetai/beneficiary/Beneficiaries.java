package ch.guichetai.beneficiary;

import ch.guichetai.audit.AuditAction;
import ch.guichetai.audit.AuditTrail;
import ch.guichetai.beneficiary.Beneficiary.BankDetails;
import ch.guichetai.beneficiary.Beneficiary.Details;
import ch.guichetai.beneficiary.Beneficiary.LegalRepresentative;
import ch.guichetai.beneficiary.BeneficiaryDecision.Decision;
import ch.guichetai.beneficiary.BeneficiaryForm.DecisionInput;
import ch.guichetai.document.Documents;
import ch.guichetai.document.StoredDocument;
import ch.guichetai.identity.Actor;
import ch.guichetai.paging.Rows;
import ch.guichetai.primitives.AvsNumber;
import ch.guichetai.primitives.Iban;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.primitives.QrReference;
import ch.guichetai.validation.FieldCheck;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The beneficiaries of an owner: a company (for every member of it) or an individual account.
 * Every method takes the acting user ({@link Actor}, ADR 0021) and reaches only the rows of the
 * owner their account acts for ({@link BeneficiaryOwner}): queries filter on the owner explicitly,
 * and Hibernate adds the canton. Someone else's id is answered like a missing one.
 */
@Service
@Transactional(readOnly = true)
public class Beneficiaries {

    private final BeneficiaryRepository beneficiaries;
    private final BeneficiaryDecisionRepository decisions;
    private final BeneficiaryProcurationRepository procurations;
    private final Documents documents;
    private final BeneficiaryRequests requests;
    private final EntityManager entities;
    private final AuditTrail audit;

    Beneficiaries(BeneficiaryRepository beneficiaries, BeneficiaryDecisionRepository decisions,
                  BeneficiaryProcurationRepository procurations, Documents documents, BeneficiaryRequests requests,
                  EntityManager entities, AuditTrail audit) {
        this.beneficiaries = beneficiaries;
        this.decisions = decisions;
        this.procurations = procurations;
        this.documents = documents;
        this.requests = requests;
        this.entities = entities;
        this.audit = audit;
    }

    /**
     * A page of the owner's active beneficiaries. Two queries, whatever the page size: the ids of
     * the page from the index alone (cheap even deep in the list), then those rows (each with
     * whether it has a procuration, read in the same query).
     */
    public List<Beneficiary> page(Actor actor, BeneficiaryFilter filter, int offset, int limit, BeneficiarySort sort) {
        Rows rows = new Rows(offset, limit);
        Optional<BeneficiaryOwner> found = ownerOf(actor);
        if (found.isEmpty()) {
            return List.of();
        }
        BeneficiaryOwner owner = found.get();
        List<Long> ids = rows.applyTo(query("select b.id", owner, filter, " order by " + sort.orderBy, Long.class))
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Beneficiary> byId = new HashMap<>();
        entities.createQuery("select b from Beneficiary b where b.id in :ids and b." + owner.property() + " = :owner",
                        StoredBeneficiary.class)
                .setParameter("ids", ids).setParameter("owner", owner.id())
                .getResultList().forEach(row -> byId.put(row.id(), row.view()));
        return ids.stream().map(byId::get).toList();
    }

    public long count(Actor actor, BeneficiaryFilter filter) {
        return ownerOf(actor).map(owner -> query("select count(b)", owner, filter, "", Long.class).getSingleResult())
                .orElse(0L);
    }

    private <T> TypedQuery<T> query(String select, BeneficiaryOwner owner, BeneficiaryFilter filter, String orderBy,
                                    Class<T> type) {
        StringBuilder jpql = new StringBuilder(select)
                .append(" from Beneficiary b where b.").append(owner.property()).append(" = :owner and b.archived = false");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("owner", owner.id());
        List<String> words = filter.nameWords();
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" and (b.lastName like :name").append(i).append(" escape '!' or b.firstName like :name")
                    .append(i).append(" escape '!')");
            parameters.put("name" + i, likePrefix(words.get(i)));
        }
        String avs = filter.avsDigits();
        if (!avs.isEmpty()) {
            jpql.append(avs.length() == 13 ? " and b.avsDigits = :avs" : " and b.avsDigits like :avs");
            parameters.put("avs", avs.length() == 13 ? avs : avs + "%");
        }
        TypedQuery<T> query = entities.createQuery(jpql.append(orderBy).toString(), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String likePrefix(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** The beneficiary, archived or not, when it belongs to the owner. */
    public Optional<Beneficiary> byId(Actor actor, long id) {
        return ownerOf(actor).flatMap(owner -> stored(owner, id)).map(StoredBeneficiary::view);
    }

    private Optional<StoredBeneficiary> stored(BeneficiaryOwner owner, long id) {
        return entities.createQuery("select b from Beneficiary b where b.id = :id and b." + owner.property() + " = :owner",
                        StoredBeneficiary.class)
                .setParameter("id", id).setParameter("owner", owner.id())
                .getResultStream().findFirst();
    }

    /** Saves the beneficiary, its decisions and its procuration (if any) together, or nothing. */
    @Transactional
    public Beneficiary create(Actor actor, BeneficiaryForm form) {
        BeneficiaryOwner owner = ownerOf(actor)
                .orElseThrow(() -> new Actor.NotAllowedException(actor, "a person with an account here"));
        List<Decision> checkedDecisions = new ArrayList<>();
        Details details = check(owner, form, null, checkedDecisions);
        StoredBeneficiary beneficiary = beneficiaries.saveAndFlush(StoredBeneficiary.of(owner, details));
        checkedDecisions.forEach(decision -> decisions.save(new StoredDecision(beneficiary.id(), decision)));
        record(actor, AuditAction.BENEFICIARY_CREATED, beneficiary);
        if (form.getProcuration() != null) {
            long document = documents.store(owner.documentOwner(), form.getProcuration()).id();
            procurations.save(new BeneficiaryProcuration(beneficiary.id(), document));
            record(actor, AuditAction.PROCURATION_ADDED, beneficiary);
        }
        return beneficiary.view();
    }

    /**
     * Changes the personal and bank information, and replaces the procuration when the form holds
     * a new one; decisions are changed one by one.
     */
    @Transactional
    public Beneficiary update(Actor actor, long id, BeneficiaryForm form) {
        BeneficiaryOwner owner = ownerOf(actor).orElseThrow(() -> new UnknownBeneficiaryException(id));
        StoredBeneficiary beneficiary = active(owner, id);
        beneficiary.change(check(owner, form, id, null));
        record(actor, AuditAction.BENEFICIARY_CHANGED, beneficiary);
        if (form.getProcuration() != null) {
            long document = documents.store(owner.documentOwner(), form.getProcuration()).id();
            Optional<BeneficiaryProcuration> present = procurations.findOfBeneficiary(id);
            if (present.isPresent()) {
                long replaced = present.get().replace(document);
                // the row must point at the new document before the old one goes
                procurations.saveAndFlush(present.get());
                documents.delete(owner.documentOwner(), replaced);
                record(actor, AuditAction.PROCURATION_REPLACED, beneficiary);
            } else {
                procurations.save(new BeneficiaryProcuration(id, document));
                record(actor, AuditAction.PROCURATION_ADDED, beneficiary);
            }
        }
        return beneficiaries.saveAndFlush(beneficiary).view();
    }

    public enum Removal { DELETED, ARCHIVED }

    /**
     * Deletes the beneficiary with its decisions and procuration, or archives it (keeping them)
     * when requests were sent for it (see {@link BeneficiaryRequests}).
     */
    @Transactional
    public Removal delete(Actor actor, long id) {
        BeneficiaryOwner owner = ownerOf(actor).orElseThrow(() -> new UnknownBeneficiaryException(id));
        StoredBeneficiary beneficiary = active(owner, id);
        if (requests.existFor(id)) {
            beneficiary.archive();
            record(actor, AuditAction.BENEFICIARY_ARCHIVED, beneficiary);
            return Removal.ARCHIVED;
        }
        decisions.deleteOfBeneficiary(id);
        Optional<BeneficiaryProcuration> procuration = procurations.findOfBeneficiary(id);
        procurations.deleteOfBeneficiary(id);
        procuration.ifPresent(present -> documents.delete(owner.documentOwner(), present.documentId()));
        procuration.ifPresent(present -> record(actor, AuditAction.PROCURATION_REMOVED, beneficiary));
        record(actor, AuditAction.BENEFICIARY_DELETED, beneficiary);
        beneficiaries.delete(beneficiary);
        return Removal.DELETED;
    }

    /**
     * Streams the signed procuration of a beneficiary to {@code consumer} when the actor may read it;
     * the document store decides (the beneficiary's owner, who owns the document, or office staff of
     * the canton). False when there is none, or the actor may not read it.
     */
    public boolean readProcuration(Actor actor, long beneficiaryId, Documents.ContentConsumer consumer) {
        return procurations.findOfBeneficiary(beneficiaryId)
                .map(procuration -> documents.read(actor, procuration.documentId(), consumer)).orElse(false);
    }

    public List<BeneficiaryDecision> decisionsOf(Actor actor, long beneficiaryId) {
        return ownerOf(actor).flatMap(owner -> stored(owner, beneficiaryId))
                .map(b -> decisions.findOfBeneficiary(b.id()).stream().map(StoredDecision::view).toList())
                .orElse(List.of());
    }

    @Transactional
    public BeneficiaryDecision addDecision(Actor actor, long beneficiaryId, DecisionInput input) {
        StoredBeneficiary beneficiary = active(actor, beneficiaryId);
        Decision decision = checkDecision(input);
        return recorded(actor, AuditAction.BENEFICIARY_DECISION_ADDED,
                decisions.saveAndFlush(new StoredDecision(beneficiary.id(), decision))).view();
    }

    /**
     * "Enregistrer le numéro de décision" of the invoice forms: adds the number to the beneficiary's
     * decisions unless it is there already; then a description typed with it replaces the old one.
     */
    @Transactional
    public BeneficiaryDecision recordDecision(Actor actor, long beneficiaryId, DecisionInput input) {
        StoredBeneficiary beneficiary = active(actor, beneficiaryId);
        Decision decision = checkDecision(input);
        Optional<StoredDecision> known = decisions.findOfBeneficiary(beneficiary.id()).stream()
                .filter(existing -> existing.number().equals(decision.number())).findFirst();
        if (known.isEmpty()) {
            return recorded(actor, AuditAction.BENEFICIARY_DECISION_ADDED,
                    decisions.saveAndFlush(new StoredDecision(beneficiary.id(), decision))).view();
        }
        if (decision.description().isPresent() && !decision.description().equals(known.get().view().description())) {
            known.get().change(decision);
            recorded(actor, AuditAction.BENEFICIARY_DECISION_CHANGED, known.get());
        }
        return known.get().view();
    }

    @Transactional
    public BeneficiaryDecision updateDecision(Actor actor, long decisionId, DecisionInput input) {
        StoredDecision decision = ownedDecision(actor, decisionId);
        decision.change(checkDecision(input));
        return recorded(actor, AuditAction.BENEFICIARY_DECISION_CHANGED, decisions.saveAndFlush(decision)).view();
    }

    @Transactional
    public void deleteDecision(Actor actor, long decisionId) {
        decisions.delete(recorded(actor, AuditAction.BENEFICIARY_DECISION_REMOVED, ownedDecision(actor, decisionId)));
    }

    /** Records the change of the beneficiary in the audit trail (ADR 0039), named as the office knows it. */
    private void record(Actor actor, AuditAction action, StoredBeneficiary beneficiary) {
        audit.record(actor, action, AuditTrail.BENEFICIARY, beneficiary.id(), nameOf(beneficiary.view()));
    }

    /** Records the change of one of a beneficiary's decisions: the beneficiary changed, its name and the number. */
    private StoredDecision recorded(Actor actor, AuditAction action, StoredDecision decision) {
        String name = beneficiaries.findById(decision.beneficiaryId()).map(StoredBeneficiary::view)
                .map(view -> nameOf(view) + ", ").orElse("");
        audit.record(actor, action, AuditTrail.BENEFICIARY, decision.beneficiaryId(), name + decision.number());
        return decision;
    }

    private static String nameOf(Beneficiary beneficiary) {
        return beneficiary.lastName() + " " + beneficiary.firstName();
    }

    /** The decision when its beneficiary belongs to the actor's owner. */
    private StoredDecision ownedDecision(Actor actor, long decisionId) {
        BeneficiaryOwner owner = ownerOf(actor).orElseThrow(() -> new UnknownBeneficiaryException(decisionId));
        return entities.createQuery("""
                        select d from BeneficiaryDecision d where d.id = :id
                        and d.beneficiaryId in (select b.id from Beneficiary b where b.%s = :owner)"""
                        .formatted(owner.property()), StoredDecision.class)
                .setParameter("id", decisionId).setParameter("owner", owner.id())
                .getResultStream().findFirst().orElseThrow(() -> new UnknownBeneficiaryException(decisionId));
    }

    /**
     * Whose beneficiaries the actor reaches: their company's for a member, their own otherwise
     * (as their account was read for this request); none for office staff or another canton's login.
     */
    private static Optional<BeneficiaryOwner> ownerOf(Actor actor) {
        if (!actor.actsInCurrentCanton()) {
            return Optional.empty();
        }
        return actor.companyId().map(BeneficiaryOwner::ofCompany)
                .or(() -> actor.accountId().map(BeneficiaryOwner::ofAccount));
    }

    /** The owner's beneficiary, not archived; an actor who owns none, or another's id, is unknown. */
    private StoredBeneficiary active(Actor actor, long id) {
        return active(ownerOf(actor).orElseThrow(() -> new UnknownBeneficiaryException(id)), id);
    }

    private StoredBeneficiary active(BeneficiaryOwner owner, long id) {
        return stored(owner, id).filter(b -> !b.isArchived()).orElseThrow(() -> new UnknownBeneficiaryException(id));
    }

    private boolean avsTaken(BeneficiaryOwner owner, AvsNumber avs, Long exceptId) {
        return entities.createQuery("""
                        select count(b) from Beneficiary b where b.%s = :owner and b.avsDigits = :avs
                        and b.archived = false and b.id <> :exceptId""".formatted(owner.property()), Long.class)
                .setParameter("owner", owner.id()).setParameter("avs", avs.value())
                .setParameter("exceptId", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
    }

    private static Decision checkDecision(DecisionInput input) {
        Check check = new Check();
        Decision decision = check.decision("", input);
        check.throwIfAny();
        return decision;
    }

    /** The checked details, or every problem at once; collects the form's decisions when asked to. */
    private Details check(BeneficiaryOwner owner, BeneficiaryForm form, Long exceptId, List<Decision> decisionsOut) {
        Check check = new Check();
        check.required("title", form.getTitle());
        String last = check.name("lastName", form.getLastName());
        String first = check.name("firstName", form.getFirstName());
        LocalDate birthDate = check.birthDate(form.getBirthDate());
        AvsNumber avs = check.value("avsNumber", () -> AvsNumber.of(form.getAvsNumber()));
        if (avs != null && avsTaken(owner, avs, exceptId)) {
            check.problem("avsNumber", "invalid.beneficiary.avs-taken");
        }
        PostalAddress address = check.address("", form.getStreet(), form.getPostalCode(), form.getLocality(),
                form.getCountry());
        Optional<LegalRepresentative> representative = Optional.empty();
        if (form.isUnderRepresentation()) {
            String name = check.text("representativeName", form.getRepresentativeName(), 200);
            PostalAddress representativeAddress = check.address("representative", form.getRepresentativeStreet(),
                    form.getRepresentativePostalCode(), form.getRepresentativeLocality(), form.getRepresentativeCountry());
            if (name != null && representativeAddress != null) {
                representative = Optional.of(new LegalRepresentative(name, representativeAddress));
            }
        }
        Optional<BankDetails> bank = check.bank(form.getIban(), form.getAccountHolder(), form.getPaymentReference());
        if (decisionsOut != null && form.getDecisions() != null) {
            for (int i = 0; i < form.getDecisions().size(); i++) {
                decisionsOut.add(check.decision("decisions[" + i + "].", form.getDecisions().get(i)));
            }
        }
        check.throwIfAny();
        return new Details(form.getTitle(), last, first, birthDate, avs, address, representative, bank);
    }

    // --- issue 12: backoffice ---

    /**
     * What is known of the beneficiary's signed procuration (no content) when the actor may read it
     * (the document store decides, as for {@link #readProcuration}); empty when there is none.
     */
    public Optional<StoredDocument> procuration(Actor actor, long beneficiaryId) {
        return procurations.findOfBeneficiary(beneficiaryId)
                .flatMap(procuration -> documents.describe(actor, procuration.documentId()));
    }

    /** The shared field checks, plus the bank details and decisions of a beneficiary. */
    private static final class Check extends FieldCheck {

        /** No bank details without an IBAN; a QR-IBAN needs a QR reference, other IBANs take none. */
        Optional<BankDetails> bank(String ibanText, String holderText, String referenceText) {
            boolean noIban = ibanText == null || ibanText.isBlank();
            boolean noReference = referenceText == null || referenceText.isBlank();
            String holder = optionalText("accountHolder", holderText, 140);
            if (noIban) {
                require(noReference, "paymentReference", "invalid.beneficiary.reference-without-qr-iban");
                require(holderText == null || holderText.isBlank(), "accountHolder", "invalid.beneficiary.holder-without-iban");
                return Optional.empty();
            }
            Iban iban = value("iban", () -> Iban.of(ibanText));
            if (iban == null) {
                return Optional.empty();
            }
            if (!iban.isQrIban()) {
                require(noReference, "paymentReference", "invalid.beneficiary.reference-without-qr-iban");
                return ok("accountHolder") && noReference
                        ? Optional.of(new BankDetails(iban, Optional.ofNullable(holder), Optional.empty())) : Optional.empty();
            }
            if (noReference) {
                problem("paymentReference", "invalid.beneficiary.qr-iban-needs-reference");
                return Optional.empty();
            }
            QrReference reference = value("paymentReference", () -> QrReference.of(referenceText));
            return reference == null || !ok("accountHolder") ? Optional.empty()
                    : Optional.of(new BankDetails(iban, Optional.ofNullable(holder), Optional.of(reference)));
        }

        Decision decision(String prefix, DecisionInput input) {
            String number = text(prefix + "number", input == null ? null : input.number(),
                    BeneficiaryDecision.NUMBER_MAX_LENGTH);
            String description = input == null ? null
                    : optionalText(prefix + "description", input.description(), BeneficiaryDecision.DESCRIPTION_MAX_LENGTH);
            return number == null ? null : new Decision(number, Optional.ofNullable(description));
        }
    }
}
