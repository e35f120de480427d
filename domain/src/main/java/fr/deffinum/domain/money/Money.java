package fr.deffinum.domain.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of euros, exact to the cent. Never negative: what goes back (a recovery, a
 * cancellation) is its own event carrying a positive amount.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** One thousand billion euros: far above any grant, low enough to keep sums exact in SQL numeric(15,2). */
    private static final BigDecimal CEILING = new BigDecimal("1000000000000");

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new InvalidAmount(amount, "negative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidAmount(amount, "more precise than a cent");
        }
        if (amount.compareTo(CEILING) >= 0) {
            throw new InvalidAmount(amount, "too large");
        }
        amount = amount.setScale(2);
    }

    public static Money euros(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money euros(long amount) {
        return new Money(BigDecimal.valueOf(amount));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " EUR";
    }
}
