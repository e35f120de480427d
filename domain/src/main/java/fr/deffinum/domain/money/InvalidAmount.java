package fr.deffinum.domain.money;

import java.math.BigDecimal;

/** An amount that cannot be money: negative, finer than a cent, or absurdly large. */
public class InvalidAmount extends IllegalArgumentException {

    public InvalidAmount(BigDecimal amount, String why) {
        super("Invalid amount " + readable(amount) + ": " + why);
    }

    /** 1E+999999999 is a short number to send and a billion digits to print. */
    private static String readable(BigDecimal amount) {
        return Math.abs(amount.scale()) > 30 ? amount.toString() : amount.toPlainString();
    }
}
