package ch.guichetai.guichet.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import ch.guichetai.catalogue.AssistiveDevice;
import ch.guichetai.catalogue.AssistiveDeviceCatalog;
import ch.guichetai.catalogue.AssistiveDeviceForm;
import ch.guichetai.primitives.Formats;
import ch.guichetai.ui.UiLanguage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.accordion.Accordion;
import com.vaadin.flow.component.accordion.AccordionPanel;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The catalogue of forms 318.635–639 as accordions, one per form (its number and title), each with
 * its items as radio buttons (number with asterisk, name in the user's language, the annex's
 * maximum): one prestation in all, so choosing one clears the others. Radio groups and accordion
 * summaries are keyboard-usable; each group is named by its form.
 */
class DeviceChoice extends CustomField<AssistiveDevice> {

    private final Accordion accordion = new Accordion();
    private final Map<AssistiveDeviceForm, RadioButtonGroup<AssistiveDevice>> groups = new EnumMap<>(AssistiveDeviceForm.class);
    private final Map<AssistiveDeviceForm, AccordionPanel> panels = new EnumMap<>(AssistiveDeviceForm.class);

    DeviceChoice(AssistiveDeviceCatalog catalog) {
        setLabel(getTranslation("form.devices.item"));
        setHelperText(getTranslation("form.devices.item.hint"));
        setRequiredIndicatorVisible(true);
        setId("device");
        accordion.close();
        accordion.setWidthFull();
        for (AssistiveDeviceForm form : AssistiveDeviceForm.values()) {
            String title = title(form);
            RadioButtonGroup<AssistiveDevice> group = new RadioButtonGroup<>();
            group.setAriaLabel(title);
            group.setId("devices-" + form.officialNumber().replace('.', '-'));
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setItems(catalog.of(form));
            group.setItemLabelGenerator(this::itemLabel);
            group.addValueChangeListener(change -> {
                if (change.getValue() != null) {
                    groups.forEach((other, otherGroup) -> {
                        if (other != form) {
                            otherGroup.clear();
                        }
                    });
                    updateValue();
                }
            });
            groups.put(form, group);
            AccordionPanel panel = new FormPanel(title, catalog.of(form).isEmpty()
                    ? new Paragraph(getTranslation("form.devices.none")) : group);
            accordion.add(panel);
            panel.setId("devices-panel-" + form.officialNumber().replace('.', '-'));
            panels.put(form, panel);
        }
        add(accordion);
        // the asterisk stays; aria-required is not allowed on the field's role "group" (axe aria-allowed-attr),
        // each radio group inside says what is chosen
        getElement().executeJs("customElements.whenDefined(this.localName).then(() => this.updateComplete)"
                + ".then(() => this.removeAttribute('aria-required'))");
    }

    /** "318.636 – Travaux de transformation et les véhicules à moteur". */
    static String title(AssistiveDeviceForm form) {
        return form.officialNumber() + " – " + translate("form.devices.form." + form.officialNumber());
    }

    /** "10.05* Transformations de véhicules … (maximum CHF 25’000.00)". */
    private String itemLabel(AssistiveDevice device) {
        String label = device.label() + " " + device.name().in(UiLanguage.current());
        return device.maximum().map(maximum -> getTranslation("form.devices.item.with-maximum", label, Formats.chf(maximum)))
                .orElse(label);
    }

    @Override
    protected AssistiveDevice generateModelValue() {
        return groups.values().stream().map(RadioButtonGroup::getValue).filter(Objects::nonNull).findFirst().orElse(null);
    }

    @Override
    protected void setPresentationValue(AssistiveDevice device) {
        groups.values().forEach(RadioButtonGroup::clear);
        if (device != null) {
            groups.get(device.form()).setValue(device);
            panels.get(device.form()).setOpened(true);
        }
    }

    /** A form's panel: its heading gets the level axe requires of role "heading" (Vaadin 25.2 sets none), below the body's h2. */
    private static final class FormPanel extends AccordionPanel {

        FormPanel(String title, Component content) {
            super(title, content);
        }

        @Override
        protected Component createSummaryContainer() {
            Component heading = super.createSummaryContainer();
            heading.getElement().setAttribute("aria-level", "3");
            return heading;
        }
    }
}
