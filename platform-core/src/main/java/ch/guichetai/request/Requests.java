package ch.guichetai.request;

import ch.guichetai.beneficiary.BeneficiaryDecision;
import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.RateKind;
import ch.guichetai.canton.RateTable;
import ch.guichetai.document.Documents;
import ch.guichetai.identity.Actor;
import ch.guichetai.money.Money;
import ch.guichetai.paging.Rows;
import ch.guichetai.tenant.TenantContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Requests (demandes de remboursement): sending one, the history, reading one and its documents,
 * and the choices the forms offer. Every method takes the acting user and decides access itself
 * (ADR 0021): a request is read by its owner (the person, or every member of the company) and by
 * the office staff of its canton; to anyone else it does not exist.
 */
@Service
public class Requests {

    private final CantonCatalog cantons;

    Requests(CantonCatalog cantons) {
        this.cantons = cantons;
    }

    /**
     * Checks everything again on the server, computes the total, stores the request with its
     * documents in one transaction and returns it, status {@link RequestStatus#IN_PROGRESS}.
     * Sending again with the same submission key returns the first request.
     *
     * @throws ch.guichetai.validation.InvalidInputException with the field keys of the records
     * @throws Actor.NotAllowedException when the actor may not send (no account here, e-mail not verified)
     */
    public SentRequest send(Actor actor, NewRequest request) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The requests the actor owns (a company's: every member sees them all), newest first. */
    public List<RequestSummary> history(Actor actor, Rows rows) {
        throw new UnsupportedOperationException("not yet");
    }

    public long count(Actor actor) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The request when the actor owns it or is office staff of its canton; empty otherwise. */
    public Optional<SentRequest> byId(Actor actor, long id) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Streams a document of a request the actor may read; false when it may not, or there is none. */
    public boolean readDocument(Actor actor, long requestId, long documentId, Documents.ContentConsumer consumer) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Whom an individual may bill for: themself first, then the persons they represent (their own
     * beneficiaries). A company searches its beneficiaries with {@code Beneficiaries.page/count}.
     */
    public List<RequestBeneficiary> beneficiaries(Actor actor) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The accounts a request for this beneficiary (empty: the person themself) may be paid to. */
    public List<IbanChoice> ibansFor(Actor actor, Optional<Long> beneficiaryId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The saved decision numbers of the beneficiary (none for the person themself). */
    public List<BeneficiaryDecision> decisionsFor(Actor actor, Optional<Long> beneficiaryId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Whether the actor may send requests: a person with an account here whose e-mail is verified. */
    public boolean maySend(Actor actor) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The amounts of a content with the current canton's rates, for the form's live totals. */
    public PricedContent price(FormContent content) {
        return content.price(rates());
    }

    /** The flat rate in force on a day in the current canton ("Forfait CHF"); empty when none. */
    public Optional<Money> rate(RateKind kind, LocalDate day) {
        return rates().on(kind, day);
    }

    private RateTable rates() {
        return cantons.require(TenantContext.current()).rates();
    }
}
