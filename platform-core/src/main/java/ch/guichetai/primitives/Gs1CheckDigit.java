package ch.guichetai.primitives;

/**
 * The GS1 (EAN-13) check digit, which both the AVS number and the GLN use: the digits are weighted
 * 1, 3, 1, 3… from the left, and the check digit brings the sum to a multiple of ten. It catches every
 * single-digit typo and most swaps of neighbouring digits.
 */
final class Gs1CheckDigit {

    private Gs1CheckDigit() {
    }

    /** Whether the last of these 13 ASCII digits is the check digit of the first twelve. */
    static boolean isValid(String thirteenDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = thirteenDigits.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : 3 * digit;
        }
        int expected = (10 - sum % 10) % 10;
        return thirteenDigits.charAt(12) - '0' == expected;
    }
}
