package ch.guichetai.account;

import ch.guichetai.primitives.Iban;

/** An account that reimbursements are paid to, of an individual or of a company, as read by {@link Accounts}. */
public record BankAccount(Long id, Iban iban, String holder) {

    /** For the audit trail (ADR 0039): the masked IBAN and the holder, "CH93 … 2957, Pierre Dupont". */
    public String summary() {
        return iban.masked() + ", " + holder;
    }
}
