package fr.deffinum.domain.money;

import java.math.BigDecimal;

/** An amount that cannot be money: negative, finer than a cent, or absurdly large. */
public class InvalidAmount extends IllegalArgumentException {

    public InvalidAmount(BigDecimal amount, String why) {
        super("Invalid amount " + amount.toPlainString() + ": " + why);
    }
}
