package ch.guichetai.beneficiary;

import ch.guichetai.beneficiary.Beneficiary.BankDetails;
import ch.guichetai.beneficiary.Beneficiary.Details;
import ch.guichetai.beneficiary.Beneficiary.LegalRepresentative;
import ch.guichetai.beneficiary.BeneficiaryDecision.Decision;
import ch.guichetai.beneficiary.BeneficiaryForm.DecisionInput;
import ch.guichetai.primitives.AvsNumber;
import ch.guichetai.primitives.Iban;
import ch.guichetai.primitives.InvalidValueException;
import ch.guichetai.primitives.PostalAddress;
import ch.guichetai.primitives.QrReference;
import ch.guichetai.registration.FieldCheck;
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
 * The beneficiaries of a company, for every member of it. Every method takes the acting company
 * (the logged-in user's) and reaches only that company's rows: queries filter on the owner
 * explicitly, and Hibernate adds the canton. Someone else's id is answered like a missing one.
 */
@Service
@Transactional(readOnly = true)
public class Beneficiaries {

    private static final int MAX_PAGE = 500;

    private final BeneficiaryRepository beneficiaries;
    private final BeneficiaryDecisionRepository decisions;
    private final BeneficiaryRequests requests;
    private final EntityManager entities;

    Beneficiaries(BeneficiaryRepository beneficiaries, BeneficiaryDecisionRepository decisions,
                  BeneficiaryRequests requests, EntityManager entities) {
        this.beneficiaries = beneficiaries;
        this.decisions = decisions;
        this.requests = requests;
        this.entities = entities;
    }

    /**
     * A page of the company's active beneficiaries. Two queries, whatever the page size: the ids of
     * the page from the index alone (cheap even deep in the list), then those rows.
     */
    public List<Beneficiary> page(long companyId, BeneficiaryFilter filter, int offset, int limit, BeneficiarySort sort) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        List<Long> ids = query("select b.id", companyId, filter, " order by " + sort.orderBy, Long.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Beneficiary> rows = new HashMap<>();
        entities.createQuery("select b from Beneficiary b where b.id in :ids and b.ownerCompanyId = :companyId",
                        Beneficiary.class)
                .setParameter("ids", ids).setParameter("companyId", companyId)
                .getResultList().forEach(row -> rows.put(row.id(), row));
        return ids.stream().map(rows::get).toList();
    }

    public long count(long companyId, BeneficiaryFilter filter) {
        return query("select count(b)", companyId, filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, long companyId, BeneficiaryFilter filter, String orderBy,
                                    Class<T> type) {
        StringBuilder jpql = new StringBuilder(select)
                .append(" from Beneficiary b where b.ownerCompanyId = :companyId and b.archived = false");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("companyId", companyId);
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

    /** The beneficiary, archived or not, when it belongs to the company. */
    public Optional<Beneficiary> byId(long companyId, long id) {
        return beneficiaries.findOfCompany(companyId, id);
    }

    @Transactional
    public Beneficiary create(long companyId, BeneficiaryForm form) {
        List<Decision> checkedDecisions = new ArrayList<>();
        Details details = check(companyId, form, null, checkedDecisions);
        Beneficiary beneficiary = beneficiaries.saveAndFlush(Beneficiary.ofCompany(companyId, details));
        checkedDecisions.forEach(decision -> decisions.save(new BeneficiaryDecision(beneficiary.id(), decision)));
        return beneficiary;
    }

    /** Changes the personal and bank information; decisions are changed one by one. */
    @Transactional
    public Beneficiary update(long companyId, long id, BeneficiaryForm form) {
        Beneficiary beneficiary = active(companyId, id);
        beneficiary.change(check(companyId, form, id, null));
        return beneficiaries.saveAndFlush(beneficiary);
    }

    public enum Removal { DELETED, ARCHIVED }

    /** Deletes the beneficiary, or archives it when requests were sent for it (see {@link BeneficiaryRequests}). */
    @Transactional
    public Removal delete(long companyId, long id) {
        Beneficiary beneficiary = active(companyId, id);
        if (requests.existFor(id)) {
            beneficiary.archive();
            return Removal.ARCHIVED;
        }
        decisions.deleteOfBeneficiary(id);
        beneficiaries.delete(beneficiary);
        return Removal.DELETED;
    }

    public List<BeneficiaryDecision> decisionsOf(long companyId, long beneficiaryId) {
        return byId(companyId, beneficiaryId).map(b -> decisions.findOfBeneficiary(b.id())).orElse(List.of());
    }

    @Transactional
    public BeneficiaryDecision addDecision(long companyId, long beneficiaryId, DecisionInput input) {
        Beneficiary beneficiary = active(companyId, beneficiaryId);
        Decision decision = checkDecision(input);
        return decisions.saveAndFlush(new BeneficiaryDecision(beneficiary.id(), decision));
    }

    @Transactional
    public BeneficiaryDecision updateDecision(long companyId, long decisionId, DecisionInput input) {
        BeneficiaryDecision decision = decisions.findOfCompany(companyId, decisionId)
                .orElseThrow(() -> new UnknownBeneficiaryException(decisionId));
        decision.change(checkDecision(input));
        return decisions.saveAndFlush(decision);
    }

    @Transactional
    public void deleteDecision(long companyId, long decisionId) {
        BeneficiaryDecision decision = decisions.findOfCompany(companyId, decisionId)
                .orElseThrow(() -> new UnknownBeneficiaryException(decisionId));
        decisions.delete(decision);
    }

    private Beneficiary active(long companyId, long id) {
        return byId(companyId, id).filter(b -> !b.isArchived()).orElseThrow(() -> new UnknownBeneficiaryException(id));
    }

    private static Decision checkDecision(DecisionInput input) {
        Check check = new Check();
        Decision decision = check.decision("", input);
        check.throwIfAny();
        return decision;
    }

    /** The checked details, or every problem at once; collects the form's decisions when asked to. */
    private Details check(long companyId, BeneficiaryForm form, Long exceptId, List<Decision> decisionsOut) {
        Check check = new Check();
        check.require(form.getTitle() != null, "title", InvalidValueException.REQUIRED);
        String last = check.name("lastName", form.getLastName());
        String first = check.name("firstName", form.getFirstName());
        LocalDate birthDate = check.birthDate(form.getBirthDate());
        AvsNumber avs = check.value("avsNumber", () -> AvsNumber.of(form.getAvsNumber()));
        if (avs != null && beneficiaries.avsTaken(companyId, avs.value(), exceptId == null ? -1 : exceptId)) {
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

    /** Checks field by field and keeps the first problem of each field. */
    /** The shared field checks, plus the bank details and decisions of a beneficiary. */
    private static final class Check extends FieldCheck {

        Check() {
            super(BeneficiaryRejectedException::new);
        }

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
