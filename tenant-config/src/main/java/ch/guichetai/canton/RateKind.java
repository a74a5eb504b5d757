package ch.guichetai.canton;

/** The flat rates a canton fixes, each with its key in cantons.yml. */
public enum RateKind {
    /** Contribution d'assistance, per hour, standard qualification. */
    ASSISTANCE_HOUR_STANDARD("assistance-hour-standard"),
    /** Contribution d'assistance, per hour, with a special qualification explicitly decided. */
    ASSISTANCE_HOUR_SPECIAL_QUALIFICATION("assistance-hour-special-qualification"),
    /** Travel by car, per kilometre. */
    CAR_PER_KM("car-per-km"),
    /** Meal flat rate for an absence of 5 to 8 hours. */
    MEAL_5_TO_8_HOURS("meal-5-to-8-hours"),
    /** Meal flat rate for an absence of more than 8 hours. */
    MEAL_OVER_8_HOURS("meal-over-8-hours"),
    /** Lodging, per night. */
    LODGING_PER_NIGHT("lodging-per-night"),
    /** Allocation pour impotent (API) of a minor at home, light helplessness, per day. */
    MINOR_ALLOWANCE_LIGHT_PER_DAY("minor-allowance-light-per-day"),
    /** API of a minor at home, medium helplessness, per day. */
    MINOR_ALLOWANCE_MEDIUM_PER_DAY("minor-allowance-medium-per-day"),
    /** API of a minor at home, severe helplessness, per day. */
    MINOR_ALLOWANCE_SEVERE_PER_DAY("minor-allowance-severe-per-day"),
    /** Supplément pour soins intenses (SSI), at least 4 hours of care a day, per day. */
    INTENSIVE_CARE_4_HOURS_PER_DAY("intensive-care-4-hours-per-day"),
    /** SSI, at least 6 hours of care a day, per day. */
    INTENSIVE_CARE_6_HOURS_PER_DAY("intensive-care-6-hours-per-day"),
    /** SSI, at least 8 hours of care a day, per day. */
    INTENSIVE_CARE_8_HOURS_PER_DAY("intensive-care-8-hours-per-day"),
    /** Contribution d'assistance, the most a night's flat (or a shared assistant's reduced rate) may be. */
    ASSISTANCE_NIGHT_MAXIMUM("assistance-night-maximum"),
    /** Assistive devices: the yearly contribution to running and upkeep costs, at most (OMAI/HVI art. 7 al. 3). */
    ASSISTIVE_DEVICE_RUNNING_COSTS_PER_YEAR("assistive-device-running-costs-per-year"),
    /** Hearing aid for one ear, flat for the device and the fitting (form 300.001). */
    HEARING_AID_ONE_EAR("hearing-aid-one-ear"),
    /** Hearing aids for both ears, flat for the devices and the fitting (form 300.001). */
    HEARING_AIDS_BOTH_EARS("hearing-aids-both-ears"),
    /** Repair of a hearing aid's electronics, per device and calendar year (form 300.001). */
    HEARING_AID_REPAIR_ELECTRONIC("hearing-aid-repair-electronic"),
    /** Any other repair of a hearing aid, per device and calendar year (form 300.001). */
    HEARING_AID_REPAIR_OTHER("hearing-aid-repair-other"),
    /** Batteries for one hearing aid, per year (form 300.001). */
    HEARING_AID_BATTERIES_ONE_EAR("hearing-aid-batteries-one-ear"),
    /** Batteries for two hearing aids, per year (form 300.001). */
    HEARING_AID_BATTERIES_BOTH_EARS("hearing-aid-batteries-both-ears");

    private final String key;

    RateKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    static RateKind fromKey(String key) {
        for (RateKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown rate '" + key + "'");
    }
}
