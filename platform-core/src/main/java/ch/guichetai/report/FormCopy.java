package ch.guichetai.report;

import ch.guichetai.canton.RateTable;
import ch.guichetai.catalogue.AssistiveDeviceCatalog;
import ch.guichetai.request.AssistanceContribution;
import ch.guichetai.request.AssistiveDevices;
import ch.guichetai.request.GenericInvoice;
import ch.guichetai.request.HearingAids;
import ch.guichetai.request.HelplessnessAllowanceMinors;
import ch.guichetai.request.SentRequest;
import ch.guichetai.request.TravelAndMeals;
import java.util.HashMap;
import java.util.Map;

/**
 * A form's part of the copy: its sub-report ({@code report/<template>.jrxml}), the sub-report's
 * parameters and its rows, all formatted. Adding a form = its template and a case here.
 */
record FormCopy(String template, Map<String, Object> parameters, Rows rows) {

    FormCopy {
        parameters = new HashMap<>(parameters); // JasperReports adds its own to a sub-report's map
    }

    static FormCopy of(SentRequest request, RateTable rates, AssistiveDeviceCatalog devices, CopyTexts texts) {
        return switch (request.content()) {
            case GenericInvoice invoice -> GenericInvoiceCopy.of(invoice, texts);
            case TravelAndMeals travel -> TravelAndMealsCopy.of(travel, request.priced(), rates, texts);
            case HelplessnessAllowanceMinors allowance -> HelplessnessAllowanceCopy.of(allowance, request.priced(), texts);
            case AssistanceContribution assistance -> AssistanceContributionCopy.of(assistance, request.priced(), rates, texts);
            case AssistiveDevices assistive -> AssistiveDevicesCopy.of(assistive, request.priced(), devices, texts);
            case HearingAids hearing -> HearingAidsCopy.of(hearing, request.priced(), rates, texts);
        };
    }
}
