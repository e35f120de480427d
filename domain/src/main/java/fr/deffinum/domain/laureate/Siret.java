package fr.deffinum.domain.laureate;

/**
 * The checks a SIRET (the INSEE number of an establishment) must pass: 14 digits whose Luhn key
 * is valid. La Poste's establishments (SIREN 356 000 000) are numbered past what Luhn allows and
 * follow INSEE's own rule instead: the sum of their digits is a multiple of 5.
 */
public final class Siret {

    private static final String LA_POSTE = "356000000";

    private Siret() {
    }

    public static boolean isValid(String siret) {
        if (siret == null || !siret.matches("\\d{14}")) {
            return false;
        }
        if (siret.startsWith(LA_POSTE) && !siret.equals("35600000000048")) {
            return siret.chars().map(digit -> digit - '0').sum() % 5 == 0;
        }
        return luhn(siret);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
