package ch.guichetai.request;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.money.Money;
import java.time.Instant;

/** A row of the Guichet's history "Mes demandes de remboursement". */
public record RequestSummary(long id, RequestReference reference, InvoiceForm form, ServicePeriod servicePeriod,
                             String beneficiaryName, RequestStatus status, Instant sentAt, Money total) {
}
