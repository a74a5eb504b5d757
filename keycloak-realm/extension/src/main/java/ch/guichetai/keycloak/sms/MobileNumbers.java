package ch.guichetai.keycloak.sms;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The mobile numbers a person may give: Swiss ones (07x, as the seeds show: "079 123 45 67") and
 * those of Liechtenstein and the EU, normalised to E.164 ({@code +41791234567}) as the user
 * profile's {@code phoneNumber} holds them. The application checks them once more with
 * libphonenumber when it takes them over.
 */
final class MobileNumbers {

    private static final Pattern SWISS_MOBILE = Pattern.compile("\\+417[5-9]\\d{7}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");
    /** Calling codes of Liechtenstein and the EU member states. */
    private static final Set<String> OTHER_COUNTRIES = Set.of("423", "30", "31", "32", "33", "34", "351", "352", "353",
            "356", "357", "358", "359", "36", "370", "371", "372", "385", "386", "39", "40", "420", "421", "43", "45",
            "46", "48", "49");

    private MobileNumbers() {
    }

    /** The number in E.164, or null when it is not a Swiss, Liechtenstein or EU mobile number. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String number = typed.replaceAll("[\\s.\\-/()]", "");
        if (number.startsWith("00")) {
            number = "+" + number.substring(2);
        } else if (number.startsWith("0")) {
            number = "+41" + number.substring(1);
        }
        if (!E164.matcher(number).matches()) {
            return null;
        }
        if (number.startsWith("+41")) {
            return SWISS_MOBILE.matcher(number).matches() ? number : null;
        }
        String digits = number.substring(1);
        for (int length = 2; length <= 3; length++) {
            if (OTHER_COUNTRIES.contains(digits.substring(0, length))) {
                return number;
            }
        }
        return null;
    }
}
