package ch.guichetai.guichet.ui;

import static ch.guichetai.guichet.ui.RequestFrame.blankToNull;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.request.DraftState;
import ch.guichetai.request.FormContent;
import ch.guichetai.request.GenericInvoice;
import ch.guichetai.ui.FieldErrors;
import ch.guichetai.ui.FormFields;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Form 318.632 "Facture" (seed 000 §4.2.6, FORMS.md): for any invoice no other form covers. The
 * date of the service ("Date des prestations dispensées", with an optional last day for a period),
 * the invoice's issuer, number and date, its amount and a description.
 */
class GenericInvoiceBody extends Section implements FormBody {

    private final DatePicker serviceFrom = FormFields.pastDate("form.invoice.service-date");
    private final DatePicker serviceTo = FormFields.pastDate("form.invoice.service-to");
    private final TextField issuer = FormFields.text("form.invoice.issuer", GenericInvoice.ISSUER_MAX_LENGTH);
    private final TextField invoiceNumber = FormFields.text("form.invoice.number", GenericInvoice.INVOICE_NUMBER_MAX_LENGTH);
    private final DatePicker invoiceDate = FormFields.pastDate("form.invoice.date");
    private final TextField amount = Amounts.field("form.invoice.amount");
    private final TextArea description = new TextArea(getTranslation("form.invoice.description"));

    GenericInvoiceBody() {
        addClassName("card");
        setId("invoice");
        serviceFrom.setId("serviceFrom");
        serviceFrom.setRequiredIndicatorVisible(true);
        serviceTo.setId("serviceTo");
        serviceTo.setHelperText(getTranslation("form.invoice.service-to.hint"));
        issuer.setId("issuer");
        invoiceNumber.setId("invoiceNumber");
        invoiceDate.setId("invoiceDate");
        amount.setId("amount");
        amount.setRequiredIndicatorVisible(true);
        description.setId("description");
        description.setMaxLength(GenericInvoice.DESCRIPTION_MAX_LENGTH);
        add(new H2(getTranslation("form.invoice.title")),
                RequestFrame.layout(serviceFrom, serviceTo, issuer, invoiceNumber, invoiceDate, amount), description);
    }

    @Override
    public InvoiceForm form() {
        return InvoiceForm.GENERIC_INVOICE;
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public String documentsTextKey() {
        return "form.invoice.documents";
    }

    @Override
    public void register(FieldErrors errors) {
        errors.register(GenericInvoice.SERVICE_FROM, serviceFrom);
        errors.register(GenericInvoice.SERVICE_TO, serviceTo);
        errors.register(GenericInvoice.ISSUER, issuer);
        errors.register(GenericInvoice.INVOICE_NUMBER, invoiceNumber);
        errors.register(GenericInvoice.INVOICE_DATE, invoiceDate);
        errors.register(GenericInvoice.AMOUNT, amount);
        errors.register(GenericInvoice.DESCRIPTION, description);
    }

    @Override
    public void onChange(Runnable change) {
        DraftValues.listen(change, serviceFrom, serviceTo, issuer, invoiceNumber, invoiceDate, amount, description);
    }

    @Override
    public Map<String, Object> draft() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(GenericInvoice.SERVICE_FROM, DraftValues.of(serviceFrom.getValue()));
        values.put(GenericInvoice.SERVICE_TO, DraftValues.of(serviceTo.getValue()));
        values.put(GenericInvoice.ISSUER, issuer.getValue());
        values.put(GenericInvoice.INVOICE_NUMBER, invoiceNumber.getValue());
        values.put(GenericInvoice.INVOICE_DATE, DraftValues.of(invoiceDate.getValue()));
        values.put(GenericInvoice.AMOUNT, amount.getValue());
        values.put(GenericInvoice.DESCRIPTION, description.getValue());
        return values;
    }

    @Override
    public Map<String, Object> draftOf(FormContent sent) {
        GenericInvoice invoice = (GenericInvoice) sent;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(GenericInvoice.SERVICE_FROM, DraftValues.of(invoice.serviceFrom()));
        values.put(GenericInvoice.SERVICE_TO, DraftValues.of(invoice.serviceTo()));
        values.put(GenericInvoice.ISSUER, invoice.issuer());
        values.put(GenericInvoice.INVOICE_NUMBER, invoice.invoiceNumber());
        values.put(GenericInvoice.INVOICE_DATE, DraftValues.of(invoice.invoiceDate()));
        values.put(GenericInvoice.AMOUNT, DraftValues.of(invoice.amount()));
        values.put(GenericInvoice.DESCRIPTION, invoice.description());
        return values;
    }

    @Override
    public void restore(DraftState draft) {
        DraftValues.restore(serviceFrom, draft.text(GenericInvoice.SERVICE_FROM));
        DraftValues.restore(serviceTo, draft.text(GenericInvoice.SERVICE_TO));
        DraftValues.restore(issuer, draft.text(GenericInvoice.ISSUER));
        DraftValues.restore(invoiceNumber, draft.text(GenericInvoice.INVOICE_NUMBER));
        DraftValues.restore(invoiceDate, draft.text(GenericInvoice.INVOICE_DATE));
        DraftValues.restore(amount, draft.text(GenericInvoice.AMOUNT));
        DraftValues.restore(description, draft.text(GenericInvoice.DESCRIPTION));
    }

    @Override
    public FormContent content() {
        return new GenericInvoice(serviceFrom.getValue(), serviceTo.getValue(), blankToNull(issuer.getValue()),
                blankToNull(invoiceNumber.getValue()), invoiceDate.getValue(), Amounts.CONVERTER.read(amount),
                blankToNull(description.getValue()));
    }
}
