package ch.guichetai.report;

import ch.guichetai.catalogue.AssistiveDevice;
import ch.guichetai.catalogue.AssistiveDeviceCatalog;
import ch.guichetai.primitives.Formats;
import ch.guichetai.request.AssistiveDevices;
import ch.guichetai.request.PricedContent;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Forms 318.635–639 in the copy: the period, the kind of remittance, the form the item belongs to
 * (its number, 318.63x, printed), the item (number with its asterisk, name), the supplier, the
 * description, the amount and the total. An item the catalogue no longer has is printed by its
 * number alone.
 */
final class AssistiveDevicesCopy {

    private AssistiveDevicesCopy() {
    }

    static FormCopy of(AssistiveDevices request, PricedContent priced, AssistiveDeviceCatalog devices, CopyTexts texts) {
        Optional<AssistiveDevice> device = devices.find(request.device());
        String form = device.map(item -> texts.format("devices.form.value", item.form().officialNumber(),
                texts.text("devices.form." + item.form().officialNumber()))).orElse("");
        String item = device.map(found -> found.label() + " " + found.name().in(texts.language()))
                .orElse(request.device().toString());
        Rows rows = new Rows()
                .labelled(texts.text("devices.period"), RequestCopies.period(request.servicePeriod(), texts))
                .labelled(texts.text("devices.remittance"), texts.text("devices.remittance." + request.remittance().name()))
                .labelled(texts.text("devices.form"), form)
                .labelled(texts.text("devices.item"), item)
                .labelled(texts.text("devices.supplier"), Objects.toString(request.supplier(), ""))
                .labelled(texts.text("devices.description"), Objects.toString(request.description(), ""))
                .labelled(texts.text("devices.amount"), Formats.chf(request.amount()));
        return new FormCopy("assistive-devices", Map.of("total", Formats.chf(priced.total())), rows);
    }
}
