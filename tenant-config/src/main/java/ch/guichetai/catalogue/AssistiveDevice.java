package ch.guichetai.catalogue;

import ch.guichetai.canton.LocalizedText;
import ch.guichetai.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of the annex.
 *
 * @param workOnly the annex's asterisk: granted only for work, household, school or training
 * @param maximum the amount the annex fixes for the item, where it fixes one
 * @param documents what the insured person joins to the form for this item
 * @param ownRunningCosts the annex fixes this item's own contribution to running costs (OMAI/HVI
 *                        art. 7 al. 3–4, e.g. the monthly one of a guide dog), so the general
 *                        yearly one does not limit it: the office applies the annex's
 */
public record AssistiveDevice(
        DeviceNumber number,
        LocalizedText name,
        AssistiveDeviceForm form,
        boolean workOnly,
        Optional<Money> maximum,
        LocalizedText documents,
        boolean ownRunningCosts) {

    public AssistiveDevice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(documents, "documents");
        maximum.ifPresent(AssistiveDevice::checkMaximum);
    }

    /** A maximum is a positive amount. */
    static Money checkMaximum(Money maximum) {
        if (!maximum.isPositive()) {
            throw new IllegalArgumentException("a maximum must be positive, not " + maximum);
        }
        return maximum;
    }

    /** The number as the annex prints it, with its asterisk ("10.05*"). */
    public String label() {
        return number + (workOnly ? "*" : "");
    }
}
