package fr.deffinum.application.dashboard;

import fr.deffinum.domain.money.Money;

/**
 * The figures of one group of laureates. {@code maxGrant} is the sum of the published maxima;
 * it always splits into {@code awarded} (firm), {@code pendingMaximum} (maxima not yet decided)
 * and {@code released} (what notified decisions gave back below their maximum).
 */
public record DashboardRow(String key, long laureates, Money totalCost, Money maxGrant, Money awarded,
                           Money pendingMaximum, Money released, Money paid) {

    /** What the State may still have to pay out at most: firm amounts plus undecided maxima. */
    public Money exposure() {
        return awarded.plus(pendingMaximum);
    }

    /** Share of the maxima still undecided, in percent with one decimal. */
    public java.math.BigDecimal pendingShare() {
        return maxGrant.isZero() ? java.math.BigDecimal.ZERO
                : pendingMaximum.amount().multiply(java.math.BigDecimal.valueOf(100))
                        .divide(maxGrant.amount(), 1, java.math.RoundingMode.HALF_UP);
    }
}
