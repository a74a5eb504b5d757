package ch.guichetai.guichet.ui;

import static ch.guichetai.guichet.ui.RequestFrame.blankToNull;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.catalogue.AssistiveDevice;
import ch.guichetai.catalogue.AssistiveDeviceCatalog;
import ch.guichetai.primitives.Formats;
import ch.guichetai.request.AssistiveDevices;
import ch.guichetai.request.AssistiveDevices.Remittance;
import ch.guichetai.request.DraftState;
import ch.guichetai.request.FormContent;
import ch.guichetai.request.Requests;
import ch.guichetai.ui.FieldErrors;
import ch.guichetai.ui.FormFields;
import ch.guichetai.ui.UiLanguage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Forms 318.635–639 "Moyens auxiliaires" (seeds 000 §1, §4.2.1; ADR 0030): période de prestation,
 * type de remise, then the catalogue as accordions down to one prestation ({@link DeviceChoice}),
 * the chosen item's form, maximum and documents to join, the invoiced amount, supplier and
 * description, and the total priced live by the domain.
 */
class AssistiveDevicesBody extends Section implements FormBody {

    private final Requests requests;
    private final AssistiveDeviceCatalog catalog;
    private final DatePicker serviceFrom = FormFields.pastDate("form.devices.service-from");
    private final DatePicker serviceTo = FormFields.pastDate("form.devices.service-to");
    private final RadioButtonGroup<Remittance> remittance = new RadioButtonGroup<>();
    private final DeviceChoice device;
    private final Paragraph chosen = new Paragraph();
    private final TextField amount = Amounts.field("form.devices.amount");
    private final TextField supplier = FormFields.text("form.devices.supplier", AssistiveDevices.SUPPLIER_MAX_LENGTH);
    private final TextArea description = new TextArea(getTranslation("form.devices.description"));
    private final Paragraph total = new Paragraph();
    private final Paragraph documents = new Paragraph();
    private Runnable changed = () -> { };

    AssistiveDevicesBody(Requests requests, AssistiveDeviceCatalog catalog) {
        this.requests = requests;
        this.catalog = catalog;
        this.device = new DeviceChoice(catalog);
        addClassName("card");
        setId("assistive-devices");
        serviceFrom.setId("serviceFrom");
        serviceFrom.setRequiredIndicatorVisible(true);
        serviceTo.setId("serviceTo");
        serviceTo.setHelperText(getTranslation("form.devices.service-to.hint"));
        remittance.setId("remittance");
        remittance.setLabel(getTranslation("form.devices.remittance"));
        remittance.setRequiredIndicatorVisible(true);
        remittance.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        remittance.setItems(Remittance.values());
        remittance.setItemLabelGenerator(kind -> getTranslation("form.devices.remittance." + kind.name()));
        Paragraph onePerForm = new Paragraph(getTranslation("form.devices.one-per-form"));
        onePerForm.addClassName("hint");
        chosen.setId("device-chosen");
        chosen.getElement().setAttribute("aria-live", "polite");
        amount.setId("amount");
        amount.setRequiredIndicatorVisible(true);
        supplier.setId("supplier");
        description.setId("description");
        description.setMaxLength(AssistiveDevices.DESCRIPTION_MAX_LENGTH);
        total.setId("total-devices");
        total.addClassName("total");
        documents.setId("device-documents");
        documents.addClassName("documents-text");
        documents.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("form.devices.title")), RequestFrame.layout(serviceFrom, serviceTo), remittance,
                onePerForm, device, chosen, RequestFrame.layout(amount, supplier), description, total);
        device.addValueChangeListener(change -> showDevice(change.getValue()));
        amount.addValueChangeListener(change -> showTotal());
        DraftValues.listen(() -> changed.run(), serviceFrom, serviceTo, remittance, device, amount, supplier, description);
        showDevice(null);
        showTotal();
    }

    /** The chosen item, its form and maximum here, and what to join for it under "Documents". */
    private void showDevice(AssistiveDevice chosenDevice) {
        if (chosenDevice == null) {
            chosen.setText(getTranslation("form.devices.chosen.none"));
            documents.setText("");
            documents.setVisible(false);
            return;
        }
        String text = getTranslation("form.devices.chosen", chosenDevice.label() + " "
                + chosenDevice.name().in(UiLanguage.current()), DeviceChoice.title(chosenDevice.form()));
        chosen.setText(chosenDevice.maximum()
                .map(maximum -> text + " " + getTranslation("form.devices.chosen.maximum", Formats.chf(maximum)))
                .orElse(text));
        documents.setText(getTranslation("form.devices.documents.item", chosenDevice.documents().in(UiLanguage.current())));
        documents.setVisible(true);
    }

    /** The domain's price of what is typed now (ADR 0027). */
    private void showTotal() {
        total.setText(getTranslation("form.devices.total", Formats.chf(requests.price(content(false)).total())));
    }

    @Override
    public InvoiceForm form() {
        return InvoiceForm.ASSISTIVE_DEVICES;
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public String documentsTextKey() {
        return "form.devices.documents";
    }

    @Override
    public Optional<Component> documentsDetail() {
        return Optional.of(documents);
    }

    @Override
    public void register(FieldErrors errors) {
        errors.register(AssistiveDevices.SERVICE_FROM, serviceFrom);
        errors.register(AssistiveDevices.SERVICE_TO, serviceTo);
        errors.register(AssistiveDevices.REMITTANCE, remittance);
        errors.register(AssistiveDevices.DEVICE, device);
        errors.register(AssistiveDevices.AMOUNT, amount);
        errors.register(AssistiveDevices.SUPPLIER, supplier);
        errors.register(AssistiveDevices.DESCRIPTION, description);
    }

    @Override
    public void onChange(Runnable change) {
        changed = change;
    }

    @Override
    public Map<String, Object> draft() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(AssistiveDevices.SERVICE_FROM, DraftValues.of(serviceFrom.getValue()));
        values.put(AssistiveDevices.SERVICE_TO, DraftValues.of(serviceTo.getValue()));
        values.put(AssistiveDevices.REMITTANCE, remittance.isEmpty() ? null : remittance.getValue().name());
        values.put(AssistiveDevices.DEVICE, device.isEmpty() ? null : device.getValue().number().value());
        values.put(AssistiveDevices.AMOUNT, amount.getValue());
        values.put(AssistiveDevices.SUPPLIER, supplier.getValue());
        values.put(AssistiveDevices.DESCRIPTION, description.getValue());
        return values;
    }

    @Override
    public Map<String, Object> draftOf(FormContent sent) {
        AssistiveDevices devices = (AssistiveDevices) sent;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(AssistiveDevices.SERVICE_FROM, DraftValues.of(devices.serviceFrom()));
        values.put(AssistiveDevices.SERVICE_TO, DraftValues.of(devices.serviceTo()));
        values.put(AssistiveDevices.REMITTANCE, DraftValues.of(devices.remittance()));
        values.put(AssistiveDevices.DEVICE, devices.device() == null ? null : devices.device().value());
        values.put(AssistiveDevices.AMOUNT, DraftValues.of(devices.amount()));
        values.put(AssistiveDevices.SUPPLIER, devices.supplier());
        values.put(AssistiveDevices.DESCRIPTION, devices.description());
        return values;
    }

    @Override
    public void restore(DraftState draft) {
        DraftValues.restore(serviceFrom, draft.text(AssistiveDevices.SERVICE_FROM));
        DraftValues.restore(serviceTo, draft.text(AssistiveDevices.SERVICE_TO));
        remittance.setValue(Arrays.stream(Remittance.values())
                .filter(kind -> kind.name().equals(draft.text(AssistiveDevices.REMITTANCE))).findFirst().orElse(null));
        String number = draft.text(AssistiveDevices.DEVICE);
        device.setValue(catalog.devices().stream().filter(item -> item.number().value().equals(number)).findFirst()
                .orElse(null));
        DraftValues.restore(amount, draft.text(AssistiveDevices.AMOUNT));
        DraftValues.restore(supplier, draft.text(AssistiveDevices.SUPPLIER));
        DraftValues.restore(description, draft.text(AssistiveDevices.DESCRIPTION));
    }

    @Override
    public FormContent content() {
        return content(true);
    }

    /** What is typed; an amount not yet readable is marked at its field only when sending. */
    private AssistiveDevices content(boolean markRefused) {
        return new AssistiveDevices(serviceFrom.getValue(), serviceTo.getValue(), remittance.getValue(),
                device.isEmpty() ? null : device.getValue().number(),
                Amounts.typed(amount, markRefused),
                blankToNull(supplier.getValue()), blankToNull(description.getValue()));
    }
}
