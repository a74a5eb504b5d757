package ch.guichetai.guichet.ui;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.catalogue.AssistiveDeviceCatalog;
import ch.guichetai.request.Requests;

/** The {@link FormBody} of each form that has a page: the form page, the correction page and the read-only detail use it. */
final class FormBodies {

    private FormBodies() {
    }

    static FormBody of(InvoiceForm form, Requests requests, AssistiveDeviceCatalog devices) {
        return switch (form) {
            case GENERIC_INVOICE -> new GenericInvoiceBody();
            case TRAVEL_AND_MEALS -> new TravelAndMealsBody(requests);
            case HELPLESSNESS_ALLOWANCE_MINORS -> new HelplessnessAllowanceBody(requests);
            case ASSISTANCE_CONTRIBUTION -> new AssistanceContributionBody(requests);
            case ASSISTIVE_DEVICES -> new AssistiveDevicesBody(requests, devices);
            case HEARING_AIDS -> new HearingAidsBody(requests);
            default -> throw new IllegalStateException("no page for form " + form.officialNumber());
        };
    }
}
