package ch.guichetai.request;

import ch.guichetai.canton.InvoiceForm;
import java.time.Instant;
import java.util.UUID;

/**
 * A draft to resume: the form, the submission key of the page it came from (the resumed page sends
 * with it, so sending deletes it), and the values typed.
 */
public record RequestDraft(long id, InvoiceForm form, UUID submissionKey, DraftState state, Instant updatedAt) {
}
