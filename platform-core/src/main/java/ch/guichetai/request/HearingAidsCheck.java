package ch.guichetai.request;

import ch.guichetai.document.DocumentFile;
import java.time.LocalDate;
import java.util.List;

/**
 * The checks of form 300.001 (ADR 0032): at least one section; in each, the first day, the type
 * among the section's own and the invoiced amount; batteries for at most one year; the supplier's
 * invoice among the documents unless only batteries are billed (their flat needs no receipt).
 */
final class HearingAidsCheck {

    private final RequestCheck check;

    HearingAidsCheck(RequestCheck check) {
        this.check = check;
    }

    void check(HearingAids hearing, List<? extends DocumentFile> documents) {
        check.require(!hearing.filled().isEmpty(), HearingAids.SECTIONS, "invalid.hearing.no-section");
        hearing.filled().forEach(this::section);
        boolean onlyBatteries = hearing.filled().keySet().stream().allMatch(HearingBenefit.BATTERIES::equals);
        check.require(onlyBatteries || !documents.isEmpty(), NewRequest.DOCUMENTS, "invalid.hearing.invoice-required");
    }

    private void section(HearingBenefit benefit, HearingSection section) {
        LocalDate from = check.date(benefit.field(HearingSection.FROM), section.from(), true);
        LocalDate to = check.date(benefit.field(HearingSection.TO), section.to(), false);
        boolean period = check.order(from, to, benefit.field(HearingSection.TO));
        if (period && benefit == HearingBenefit.BATTERIES) {
            check.require(to.isBefore(from.plusYears(1)), benefit.field(HearingSection.TO),
                    "invalid.hearing.batteries-one-year");
        }
        String type = benefit.field(HearingSection.TYPE);
        check.required(type, section.type());
        if (section.type() != null) {
            check.require(section.type().benefit() == benefit, type, "invalid.hearing.type");
        }
        check.amount(benefit.field(HearingSection.AMOUNT), section.amount());
    }
}
