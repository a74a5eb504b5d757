package ch.guichetai.request;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.money.Money;
import ch.guichetai.primitives.AvsNumber;
import java.time.Instant;
import java.util.Optional;

/**
 * A row of the office's queue.
 *
 * @param companyId         the owner company; empty for a person's request
 * @param companyName       the owner company's name; empty for a person's request
 * @param ownerName         the company's name, or the name of the person who sent it
 * @param waitingSince      when it last went (back) to the office: sent, or its correction sent back
 * @param possibleDuplicate another request of the canton has the same beneficiary, form, service period and total
 */
public record QueueRow(long id, RequestReference reference, InvoiceForm form, Instant sentAt, ServicePeriod servicePeriod,
                       String beneficiaryName, Optional<AvsNumber> beneficiaryAvs, Optional<Long> companyId,
                       Optional<String> companyName,
                       String ownerName, Money total, RequestStatus status, Instant waitingSince,
                       boolean possibleDuplicate) {

    /** The row of a company's request with the company's name. */
    QueueRow ofCompany(String name) {
        return new QueueRow(id, reference, form, sentAt, servicePeriod, beneficiaryName, beneficiaryAvs, companyId,
                Optional.of(name), name, total, status, waitingSince, possibleDuplicate);
    }
}
