package ch.guichetai.canton;

import java.util.Set;

/** The official invoice forms a canton can accept online, with the rates each one needs. */
public enum InvoiceForm {
    ASSISTIVE_DEVICES("318.635-639", Set.of(RateKind.ASSISTIVE_DEVICE_RUNNING_COSTS_PER_YEAR)),
    HELPLESSNESS_ALLOWANCE_MINORS("318.632.2",
            Set.of(RateKind.MINOR_ALLOWANCE_LIGHT_PER_DAY, RateKind.MINOR_ALLOWANCE_MEDIUM_PER_DAY,
                    RateKind.MINOR_ALLOWANCE_SEVERE_PER_DAY, RateKind.INTENSIVE_CARE_4_HOURS_PER_DAY,
                    RateKind.INTENSIVE_CARE_6_HOURS_PER_DAY, RateKind.INTENSIVE_CARE_8_HOURS_PER_DAY)),
    HEARING_AIDS("300.001",
            Set.of(RateKind.HEARING_AID_ONE_EAR, RateKind.HEARING_AIDS_BOTH_EARS, RateKind.HEARING_AID_REPAIR_ELECTRONIC,
                    RateKind.HEARING_AID_REPAIR_OTHER, RateKind.HEARING_AID_BATTERIES_ONE_EAR,
                    RateKind.HEARING_AID_BATTERIES_BOTH_EARS)),
    ASSISTANCE_CONTRIBUTION("318.536",
            Set.of(RateKind.ASSISTANCE_HOUR_STANDARD, RateKind.ASSISTANCE_HOUR_SPECIAL_QUALIFICATION,
                    RateKind.ASSISTANCE_NIGHT_MAXIMUM)),
    TRAVEL_AND_MEALS("318.632.1",
            Set.of(RateKind.CAR_PER_KM, RateKind.MEAL_5_TO_8_HOURS, RateKind.MEAL_OVER_8_HOURS,
                    RateKind.LODGING_PER_NIGHT)),
    GENERIC_INVOICE("318.632", Set.of());

    private final String officialNumber;
    private final Set<RateKind> requiredRates;

    InvoiceForm(String officialNumber, Set<RateKind> requiredRates) {
        this.officialNumber = officialNumber;
        this.requiredRates = requiredRates;
    }

    /** The number printed on the paper form, also used as its key in cantons.yml. */
    public String officialNumber() {
        return officialNumber;
    }

    public Set<RateKind> requiredRates() {
        return requiredRates;
    }

    static InvoiceForm fromOfficialNumber(String number) {
        for (InvoiceForm form : values()) {
            if (form.officialNumber.equals(number)) {
                return form;
            }
        }
        throw new IllegalArgumentException("unknown form '" + number + "'");
    }
}
