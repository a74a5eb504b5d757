package ch.guichetai.catalogue;

/**
 * The five forms "Moyens auxiliaires" 318.635–639; each offers the items of its part of the annex.
 * Which chapters belong to which form is still to be confirmed (ADR 0029).
 */
public enum AssistiveDeviceForm {
    /** Workplace and household (chapter 13*). */
    WORKPLACE("318.635"),
    /** Motor vehicles and their conversion (chapter 10), home modifications. */
    VEHICLES_AND_CONVERSIONS("318.636"),
    /** Head area (chapter 5, without 5.07 hearing aids: form 300.001). */
    HEAD("318.637"),
    /** Blind and severely visually impaired persons (chapter 11). */
    BLIND("318.638"),
    /** Personal autonomy (chapter 14). */
    AUTONOMY("318.639");

    private final String officialNumber;

    AssistiveDeviceForm(String officialNumber) {
        this.officialNumber = officialNumber;
    }

    public String officialNumber() {
        return officialNumber;
    }

    static AssistiveDeviceForm fromOfficialNumber(String number) {
        for (AssistiveDeviceForm form : values()) {
            if (form.officialNumber.equals(number)) {
                return form;
            }
        }
        throw new IllegalArgumentException("'" + number + "' is not one of the forms 318.635 to 318.639");
    }
}
