package ch.guichetai.request;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.canton.RateTable;

/**
 * What a form of a request says besides the common header: one record per form, stored as JSON
 * with a version number ({@code request.payload} and {@code payload_version}). The records hold
 * what the person typed, possibly incomplete: {@link Requests#send} checks them field by field and
 * reports each problem under the field's key (the constants of each record).
 */
public sealed interface FormContent permits GenericInvoice, TravelAndMeals,
        HelplessnessAllowanceMinors, AssistanceContribution, AssistiveDevices, HearingAids {

    InvoiceForm form();

    /** Whether the form is refused without any document (the invoice it bills); false unless a form says so. */
    default boolean documentsRequired() {
        return false;
    }

    /** The days the request bills; only for content that passed the checks (it needs the dates). */
    ServicePeriod servicePeriod();

    /**
     * The amounts, computed from the canton's rates in force on each day (ADR 0025): the same
     * function gives the live totals of the form and the total the server stores. Missing amounts
     * count as zero; amounts whose day has no rate are zero too and named in
     * {@link PricedContent#unpriced()}.
     */
    PricedContent price(RateTable rates);
}
