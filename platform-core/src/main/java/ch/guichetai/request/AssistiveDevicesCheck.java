package ch.guichetai.request;

import ch.guichetai.canton.RateKind;
import ch.guichetai.canton.RateTable;
import ch.guichetai.catalogue.AssistiveDevice;
import ch.guichetai.catalogue.AssistiveDeviceCatalog;
import ch.guichetai.money.Money;
import ch.guichetai.primitives.Formats;
import java.time.LocalDate;
import java.util.Optional;

/** The checks of the forms 318.635–639 (ADR 0030), with the catalogue's items and the canton's rates. */
final class AssistiveDevicesCheck {

    private final RequestCheck check;
    private final RateTable rates;
    private final AssistiveDeviceCatalog devices;

    AssistiveDevicesCheck(RequestCheck check, RateTable rates, AssistiveDeviceCatalog devices) {
        this.check = check;
        this.rates = rates;
        this.devices = devices;
    }

    /**
     * The item exists, its amount is within the annex's maximum for the item and, for running costs,
     * within the yearly contribution of OMAI/HVI art. 7 al. 3 for each calendar year the period
     * touches (no limit where the canton has no rate for the year, nor for an item whose own
     * contribution the annex fixes). That the invoice or quote is joined is the frame's check
     * ({@link FormContent#documentsRequired()}).
     */
    void check(AssistiveDevices request) {
        LocalDate from = check.date(AssistiveDevices.SERVICE_FROM, request.serviceFrom(), true);
        LocalDate to = check.date(AssistiveDevices.SERVICE_TO, request.serviceTo(), false);
        boolean knownPeriod = request.serviceTo() == null ? from != null : check.order(from, to, AssistiveDevices.SERVICE_TO);
        check.required(AssistiveDevices.REMITTANCE, request.remittance());
        check.required(AssistiveDevices.DEVICE, request.device());
        Optional<AssistiveDevice> device = Optional.ofNullable(request.device()).flatMap(devices::find);
        check.require(request.device() == null || device.isPresent(), AssistiveDevices.DEVICE, "invalid.devices.unknown-item");
        check.amount(AssistiveDevices.AMOUNT, request.amount());
        check.optionalText(AssistiveDevices.SUPPLIER, request.supplier(), AssistiveDevices.SUPPLIER_MAX_LENGTH);
        check.optionalText(AssistiveDevices.DESCRIPTION, request.description(), AssistiveDevices.DESCRIPTION_MAX_LENGTH);
        if (!check.ok(AssistiveDevices.AMOUNT)) {
            return;
        }
        device.flatMap(AssistiveDevice::maximum).ifPresent(maximum -> check.require(request.amount().compareTo(maximum) <= 0,
                AssistiveDevices.AMOUNT, "invalid.devices.above-maximum", Formats.chf(maximum)));
        boolean generalRunningCosts = device.map(item -> !item.ownRunningCosts()).orElse(false);
        if (request.remittance() == AssistiveDevices.Remittance.RUNNING_COSTS && knownPeriod && generalRunningCosts) {
            runningCostsLimit(request.servicePeriod()).ifPresent(limit -> check.require(request.amount().compareTo(limit) <= 0,
                    AssistiveDevices.AMOUNT, "invalid.devices.running-costs", Formats.chf(limit)));
        }
    }

    /** The yearly contribution in force at the start of each calendar year of the period (or on its first day), summed. */
    private Optional<Money> runningCostsLimit(ServicePeriod period) {
        Money limit = Money.ZERO;
        for (int year = period.from().getYear(); year <= period.to().getYear(); year++) {
            LocalDate day = year == period.from().getYear() ? period.from() : LocalDate.of(year, 1, 1);
            Optional<Money> rate = rates.on(RateKind.ASSISTIVE_DEVICE_RUNNING_COSTS_PER_YEAR, day);
            if (rate.isEmpty()) {
                return Optional.empty();
            }
            limit = limit.plus(rate.get());
        }
        return Optional.of(limit);
    }
}
