package ch.guichetai.report;

import ch.guichetai.primitives.Formats;
import ch.guichetai.request.GenericInvoice;
import java.util.Map;
import java.util.Objects;

/** Form 318.632 in the copy: the invoice's fields (its service date is the request's, printed above). */
final class GenericInvoiceCopy {

    private GenericInvoiceCopy() {
    }

    static FormCopy of(GenericInvoice invoice, CopyTexts texts) {
        Rows rows = new Rows()
                .labelled(texts.text("invoice.issuer"), Objects.toString(invoice.issuer(), ""))
                .labelled(texts.text("invoice.number"), Objects.toString(invoice.invoiceNumber(), ""));
        if (invoice.invoiceDate() != null) {
            rows.labelled(texts.text("invoice.date"), Formats.date(invoice.invoiceDate()));
        }
        rows.labelled(texts.text("invoice.amount"), Formats.chf(invoice.amount()))
                .labelled(texts.text("invoice.description"), Objects.toString(invoice.description(), ""));
        return new FormCopy("generic-invoice", Map.of(), rows);
    }
}
