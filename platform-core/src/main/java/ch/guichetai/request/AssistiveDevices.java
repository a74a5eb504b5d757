package ch.guichetai.request;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.canton.RateTable;
import ch.guichetai.catalogue.DeviceNumber;
import ch.guichetai.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * Forms 318.635–639, "Moyens auxiliaires": one prestation of the annex to the ordinance on
 * assistive devices (OMAI/HVI) per request ("merci d'envoyer plusieurs formulaires" for several),
 * over a period of service (one day when the last day is empty), with the kind of remittance, the
 * invoiced amount and, optionally, the supplier and a description. Which of the five forms it is
 * follows from the item (ADR 0030).
 *
 * @param serviceTo the last day of a period; null for a service on one day
 * @param device    the item's number in the annex ("10.05")
 */
public record AssistiveDevices(LocalDate serviceFrom, LocalDate serviceTo, Remittance remittance, DeviceNumber device,
                               Money amount, String supplier, String description) implements FormContent {

    /** Field keys of {@link ch.guichetai.validation.InvalidInputException}. */
    public static final String SERVICE_FROM = "servicePeriod.from";
    public static final String SERVICE_TO = "servicePeriod.to";
    public static final String REMITTANCE = "remittance";
    public static final String DEVICE = "device";
    public static final String AMOUNT = "amount";
    public static final String SUPPLIER = "supplier";
    public static final String DESCRIPTION = "description";

    public static final int SUPPLIER_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 1000;

    @Override
    public InvoiceForm form() {
        return InvoiceForm.ASSISTIVE_DEVICES;
    }

    /** The invoice (or quote) is joined. */
    @Override
    public boolean documentsRequired() {
        return true;
    }

    @Override
    public ServicePeriod servicePeriod() {
        return new ServicePeriod(serviceFrom, serviceTo == null ? serviceFrom : serviceTo);
    }

    /** The invoiced amount, one line; no rate applies. */
    @Override
    public PricedContent price(RateTable rates) {
        return PricedContent.ofLines(List.of(PricedContent.Line.typed(AMOUNT, amount == null ? Money.ZERO : amount)),
                List.of());
    }

    /**
     * "Type de remise": what the IV pays for the item, as the ordinance distinguishes it (OMAI/HVI
     * art. 3, 7, 8 and 9; ADR 0030).
     */
    public enum Remittance {
        /** Remis en propriété (art. 3 al. 1). */
        PURCHASE,
        /** Remis en prêt, billed by its supplier as a rental (art. 3 al. 2). */
        RENTAL,
        /** Réparation, adaptation ou remplacement partiel (art. 7 al. 2). */
        REPAIR,
        /** Frais d'entretien et d'utilisation, a yearly contribution with a maximum (art. 7 al. 3). */
        RUNNING_COSTS,
        /** Entraînement à l'emploi du moyen auxiliaire (art. 7 al. 1). */
        TRAINING,
        /** Contribution d'amortissement for an item the insured person bought (art. 8). */
        AMORTIZATION,
        /** Services de tiers instead of an item (art. 9). */
        THIRD_PARTY_SERVICES
    }
}
