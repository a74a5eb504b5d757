package ch.guichetai.beneficiary;

import java.util.Arrays;
import java.util.List;

/**
 * What the grid's two filter fields hold. Each word of {@code name} must start the last or the
 * first name; {@code avs} is the beginning of the AVS number, separators ignored.
 */
public record BeneficiaryFilter(String name, String avs) {

    private static final int MAX_WORDS = 4;
    public static final BeneficiaryFilter NONE = new BeneficiaryFilter(null, null);

    List<String> nameWords() {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        return Arrays.stream(name.strip().split("\\s+")).limit(MAX_WORDS).map(word -> word.length() > 100
                ? word.substring(0, 100) : word).toList();
    }

    /** The digits typed in the AVS field; other characters (dots, spaces) are separators. */
    String avsDigits() {
        if (avs == null) {
            return "";
        }
        String digits = avs.replaceAll("\\D", "");
        return digits.length() > 13 ? digits.substring(0, 13) : digits;
    }
}
