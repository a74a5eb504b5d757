package ch.guichetai.request;

import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.document.DocumentOwner;
import ch.guichetai.document.StoredDocument;
import ch.guichetai.money.Money;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Iban;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A sent request as its detail, its PDF copy and the success page show it. It never changes once
 * sent (the office changes its status only).
 *
 * @param owner           the individual account or the company whose request it is (its documents
 *                        have the same owner)
 * @param responsibleName the member who sent it
 * @param total           the total the server computed and stored
 * @param priced          the content priced again with the canton's rates; its total is {@code total}
 * @param documents       in the order they were attached
 */
public record SentRequest(long id, RequestReference reference, InvoiceForm form, DocumentOwner owner,
                          String responsibleName, RequestBeneficiary beneficiary, Iban iban,
                          DecisionNumber decisionNumber, Optional<String> decisionDescription,
                          ServicePeriod servicePeriod, RequestStatus status, Money total, Instant sentAt,
                          FormContent content, PricedContent priced, Optional<String> remarks,
                          List<StoredDocument> documents) {

    public SentRequest {
        documents = List.copyOf(documents);
    }

    public CantonCode canton() {
        return reference.canton();
    }
}
