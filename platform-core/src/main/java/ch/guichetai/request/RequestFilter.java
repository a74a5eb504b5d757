package ch.guichetai.request;

import ch.guichetai.canton.InvoiceForm;
import java.time.LocalDate;

/**
 * The criteria of the office's queue and of the Guichet's history (ADR 0035); each is optional
 * (null: any). {@code sentFrom}/{@code sentTo} are Swiss days, both included. {@code beneficiary}
 * is the beginning of a word of the beneficiary's name, or an AVS number written any common way.
 * {@code companyId} is for the office only; {@code responsibleAccountId} is a company's member who
 * sent the request ("Responsable").
 */
public record RequestFilter(RequestStatus status, InvoiceForm form, LocalDate sentFrom, LocalDate sentTo,
                            String beneficiary, Long companyId, Long responsibleAccountId) {

    /** No criterion: every request the actor may see. */
    public static final RequestFilter NONE = new RequestFilter(null, null, null, null, null, null, null);

    public RequestFilter withStatus(RequestStatus status) {
        return new RequestFilter(status, form, sentFrom, sentTo, beneficiary, companyId, responsibleAccountId);
    }

    public RequestFilter withForm(InvoiceForm form) {
        return new RequestFilter(status, form, sentFrom, sentTo, beneficiary, companyId, responsibleAccountId);
    }

    /** Sent between these Swiss days, both included; either may be null (open). */
    public RequestFilter withSent(LocalDate from, LocalDate to) {
        return new RequestFilter(status, form, from, to, beneficiary, companyId, responsibleAccountId);
    }

    public RequestFilter withBeneficiary(String beneficiary) {
        return new RequestFilter(status, form, sentFrom, sentTo, beneficiary, companyId, responsibleAccountId);
    }

    public RequestFilter withCompany(Long companyId) {
        return new RequestFilter(status, form, sentFrom, sentTo, beneficiary, companyId, responsibleAccountId);
    }

    public RequestFilter withResponsible(Long responsibleAccountId) {
        return new RequestFilter(status, form, sentFrom, sentTo, beneficiary, companyId, responsibleAccountId);
    }

    /** Whether no criterion but the status is set: the count reads the owners' tallies (ADR 0035). */
    boolean byStatusAtMost() {
        return form == null && sentFrom == null && sentTo == null && (beneficiary == null || beneficiary.isBlank())
                && companyId == null && responsibleAccountId == null;
    }
}
