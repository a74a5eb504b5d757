package ch.guichetai.request;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.canton.RateKind;
import ch.guichetai.canton.RateTable;
import ch.guichetai.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Form 318.632.2, "Facture pour l'allocation pour impotent (API) et supplément pour soins intenses
 * (SSI) pour mineurs" (seed 000 §4.2.2): the accounting period ("Période comptable") and its
 * entries, each with its nights, place and degrees.
 */
public record HelplessnessAllowanceMinors(LocalDate from, LocalDate to, List<CareEntry> entries)
        implements FormContent {

    /** Field keys of {@link ch.guichetai.validation.InvalidInputException}. */
    public static final String FROM = "accountingPeriod.from";
    public static final String TO = "accountingPeriod.to";
    /** Field key when there is no entry at all. */
    public static final String ENTRIES = "entries";
    /** The name, inside {@code entries[i].}, of the lines of the allowance (the SSI's use {@link CareEntry#INTENSIVE_CARE}). */
    public static final String ALLOWANCE = "allowance";

    public HelplessnessAllowanceMinors {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** The key of a field of the entry at {@code index}: {@code entries[0].start}. */
    public static String entryField(int index, String field) {
        return ENTRIES + "[" + index + "]." + field;
    }

    @Override
    public InvoiceForm form() {
        return InvoiceForm.HELPLESSNESS_ALLOWANCE_MINORS;
    }

    /** The accounting period. */
    @Override
    public ServicePeriod servicePeriod() {
        return new ServicePeriod(from, to);
    }

    /** The nights of the entries at each place, in the order of the places. */
    public Map<CarePlace, Integer> nightsByPlace() {
        Map<CarePlace, Integer> nights = new EnumMap<>(CarePlace.class);
        for (CarePlace place : CarePlace.values()) {
            nights.put(place, 0);
        }
        entries.stream().filter(entry -> entry.place() != null)
                .forEach(entry -> nights.merge(entry.place(), entry.nights(), Integer::sum));
        return nights;
    }

    /**
     * The nights at home, each at the rates in force on the day it starts: the allowance of the
     * entry's degree and, when granted, the supplement, one line per rate (a period across a rate
     * change is priced by parts). Nights in a hospital or a home are not priced here: the office
     * settles them on the attestation (ADR 0031).
     */
    @Override
    public PricedContent price(RateTable rates) {
        List<PricedContent.Line> lines = new ArrayList<>();
        List<String> unpriced = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CareEntry entry = entries.get(i);
            if (entry.place() != CarePlace.DOMICILE || entry.degree() == null) {
                continue;
            }
            lines.addAll(price(entry, entry.degree().rate(), entryField(i, ALLOWANCE), entryField(i, CareEntry.DEGREE),
                    rates, unpriced));
            Optional<RateKind> supplement = Optional.ofNullable(entry.intensiveCare()).flatMap(IntensiveCare::rate);
            if (supplement.isPresent()) {
                lines.addAll(price(entry, supplement.get(), entryField(i, CareEntry.INTENSIVE_CARE),
                        entryField(i, CareEntry.INTENSIVE_CARE), rates, unpriced));
            }
        }
        return PricedContent.ofLines(lines, unpriced);
    }

    /** @param field the field named in {@link PricedContent#unpriced()} when a night has no rate */
    private static List<PricedContent.Line> price(CareEntry entry, RateKind kind, String key, String field,
                                                  RateTable rates, List<String> unpriced) {
        Map<Money, Integer> nightsByRate = new LinkedHashMap<>();
        entry.nightDays().forEach(day -> rates.on(kind, day).ifPresentOrElse(
                rate -> nightsByRate.merge(rate, 1, Integer::sum),
                () -> {
                    if (!unpriced.contains(field)) {
                        unpriced.add(field);
                    }
                }));
        List<PricedContent.Line> lines = new ArrayList<>();
        nightsByRate.forEach((rate, nights) -> lines.add(PricedContent.Line.rated(key, BigDecimal.valueOf(nights), rate)));
        return lines;
    }
}
