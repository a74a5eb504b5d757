package ch.guichetai.request;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.canton.RateTable;
import ch.guichetai.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * Form 318.632, "Facture": an invoice no other form covers, for a service on one day or over a
 * period ("Date des prestations dispensées"), with its issuer, number, date and amount.
 *
 * @param serviceTo   the last day of a period; null for a service on one day
 * @param invoiceDate optional
 */
public record GenericInvoice(LocalDate serviceFrom, LocalDate serviceTo, String issuer, String invoiceNumber,
                             LocalDate invoiceDate, Money amount, String description) implements FormContent {

    /** Field keys of {@link ch.guichetai.validation.InvalidInputException}. */
    public static final String SERVICE_FROM = "servicePeriod.from";
    public static final String SERVICE_TO = "servicePeriod.to";
    public static final String ISSUER = "issuer";
    public static final String INVOICE_NUMBER = "invoiceNumber";
    public static final String INVOICE_DATE = "invoiceDate";
    public static final String AMOUNT = "amount";
    public static final String DESCRIPTION = "description";

    public static final int ISSUER_MAX_LENGTH = 200;
    public static final int INVOICE_NUMBER_MAX_LENGTH = 50;
    public static final int DESCRIPTION_MAX_LENGTH = 1000;

    @Override
    public InvoiceForm form() {
        return InvoiceForm.GENERIC_INVOICE;
    }

    /** The invoice (or quote) is joined. */
    @Override
    public boolean documentsRequired() {
        return true;
    }

    @Override
    public ServicePeriod servicePeriod() {
        return new ServicePeriod(serviceFrom, serviceTo == null ? serviceFrom : serviceTo);
    }

    /** The invoice's amount; no rate applies. */
    @Override
    public PricedContent price(RateTable rates) {
        Money total = amount == null ? Money.ZERO : amount;
        return new PricedContent(List.of(), List.of(), total, List.of(), List.of());
    }
}
