package ch.guichetai.request;

import ch.guichetai.canton.RateKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The type ticked in a section of form 300.001, with the federal flat rate that caps what the IV
 * reimburses for it, where one is known (ADR 0032). Types without a flat (minors' batteries, the
 * implants, the hardship cases) are reimbursed as invoiced, the office deciding.
 */
public enum HearingType {
    FITTING_ONE_EAR(HearingBenefit.FITTING, RateKind.HEARING_AID_ONE_EAR),
    FITTING_BOTH_EARS(HearingBenefit.FITTING, RateKind.HEARING_AIDS_BOTH_EARS),
    REPAIR_ELECTRONIC(HearingBenefit.REPAIRS, RateKind.HEARING_AID_REPAIR_ELECTRONIC),
    REPAIR_OTHER(HearingBenefit.REPAIRS, RateKind.HEARING_AID_REPAIR_OTHER),
    BATTERIES_ONE_EAR(HearingBenefit.BATTERIES, RateKind.HEARING_AID_BATTERIES_ONE_EAR),
    BATTERIES_BOTH_EARS(HearingBenefit.BATTERIES, RateKind.HEARING_AID_BATTERIES_BOTH_EARS),
    BATTERIES_MINOR_ONE_EAR(HearingBenefit.BATTERIES, null),
    BATTERIES_MINOR_BOTH_EARS(HearingBenefit.BATTERIES, null),
    BONE_ANCHORED(HearingBenefit.IMPLANTS, null),
    MIDDLE_EAR_IMPLANT(HearingBenefit.IMPLANTS, null),
    HARDSHIP_ONE_EAR(HearingBenefit.HARDSHIP, null),
    HARDSHIP_BOTH_EARS(HearingBenefit.HARDSHIP, null);

    private final HearingBenefit benefit;
    private final RateKind flat;

    HearingType(HearingBenefit benefit, RateKind flat) {
        this.benefit = benefit;
        this.flat = flat;
    }

    public HearingBenefit benefit() {
        return benefit;
    }

    /** The flat rate that caps the reimbursement; empty where none is known. */
    public Optional<RateKind> flat() {
        return Optional.ofNullable(flat);
    }

    /** The types a section offers, in the form's order. */
    public static List<HearingType> of(HearingBenefit benefit) {
        return Arrays.stream(values()).filter(type -> type.benefit == benefit).toList();
    }
}
