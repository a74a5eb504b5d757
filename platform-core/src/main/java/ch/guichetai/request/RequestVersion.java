package ch.guichetai.request;

import ch.guichetai.document.StoredDocument;
import ch.guichetai.money.Money;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Iban;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A version of a request that its owner's correction replaced (ADR 0037), as the office and the
 * owner read it: what was sent then, and when.
 *
 * @param number     1 for the request as first sent, then one more for each correction
 * @param sentAt     when this version was sent (the request, or the correction before)
 * @param replacedAt when the correction that replaced it was sent
 * @param priced     the content priced again with the canton's rates; its total is {@code total}
 * @param documents  the documents of this version, in order
 */
public record RequestVersion(int number, Instant sentAt, Instant replacedAt, RequestBeneficiary beneficiary, Iban iban,
                             DecisionNumber decisionNumber, Optional<String> decisionDescription,
                             ServicePeriod servicePeriod, Money total, FormContent content, PricedContent priced,
                             Optional<String> remarks, List<StoredDocument> documents) {

    public RequestVersion {
        documents = List.copyOf(documents);
    }
}
