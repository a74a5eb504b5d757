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
 */
public record AssistiveDevice(
        DeviceNumber number,
        LocalizedText name,
        AssistiveDeviceForm form,
        boolean workOnly,
        Optional<Money> maximum,
        LocalizedText documents) {

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
