package ch.guichetai.canton;

import java.util.List;
import java.util.Objects;

/** The cantonal AI office that runs a canton's portal, as shown to its users. */
public record Office(LocalizedText name, OfficeAddress address, String phone, List<OpeningHours> openingHours) {

    public Office {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        checkPhone(phone);
        if (openingHours.isEmpty()) {
            throw new IllegalArgumentException("at least one opening slot is needed");
        }
        openingHours = List.copyOf(openingHours);
    }

    static String checkPhone(String phone) {
        if (phone == null || !phone.matches("(\\+41 ?|0)[1-9]\\d( ?\\d){7}")) {
            throw new IllegalArgumentException("expected a Swiss phone number like '058 219 77 20', not '" + phone + "'");
        }
        return phone;
    }
}
