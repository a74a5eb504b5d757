package ch.guichetai.request;

import ch.guichetai.canton.InvoiceForm;
import java.time.Instant;

/** A draft in the Guichet's list: its form and when it was last saved. */
public record DraftSummary(long id, InvoiceForm form, Instant updatedAt) {
}
