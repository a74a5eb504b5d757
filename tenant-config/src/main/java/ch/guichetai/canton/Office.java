package ch.guichetai.canton;

import java.util.List;
import java.util.Objects;

/**
 * The cantonal AI office that runs a canton's portal, as shown to its users.
 *
 * @param decisionCode the office's code in its decision numbers (numéros de décision), three digits:
 *                     325 Geneva, 302 Bern, 323 Valais; a request quoting another office's decision
 *                     is refused
 */
public record Office(LocalizedText name, OfficeAddress address, String phone, List<OpeningHours> openingHours,
                     String decisionCode) {

    public Office {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        checkPhone(phone);
        if (openingHours.isEmpty()) {
            throw new IllegalArgumentException("at least one opening slot is needed");
        }
        openingHours = List.copyOf(openingHours);
        checkDecisionCode(decisionCode);
    }

    static String checkDecisionCode(String code) {
        if (code == null || !code.matches("\\d{3}")) {
            throw new IllegalArgumentException("expected the three digits of the office's decision numbers like '325', not '"
                    + code + "'");
        }
        return code;
    }

    static String checkPhone(String phone) {
        if (phone == null || !phone.matches("(\\+41 ?|0)[1-9]\\d( ?\\d){7}")) {
            throw new IllegalArgumentException("expected a Swiss phone number like '058 219 77 20', not '" + phone + "'");
        }
        return phone;
    }
}
