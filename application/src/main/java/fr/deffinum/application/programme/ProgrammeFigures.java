package fr.deffinum.application.programme;

import fr.deffinum.application.dashboard.DashboardRow;
import fr.deffinum.domain.money.Money;
import java.math.BigDecimal;

/**
 * A programme with its envelope and its laureates' figures at one point in time; a programme
 * without laureates has figures of zero. {@code envelope} is null while not known.
 */
public record ProgrammeFigures(ProgrammeView programme, Money envelope, DashboardRow figures) {

    /** The figures of a programme no laureate belongs to. */
    public static DashboardRow none(ProgrammeView programme) {
        return new DashboardRow(programme.code().value(), 0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                Money.ZERO, Money.ZERO);
    }

    /** Firm amounts plus the maxima still undecided: what the envelope has to cover. */
    public Money exposure() {
        return figures.exposure();
    }

    /**
     * What is left of the envelope, {@code envelope − exposure}; null while the envelope is not
     * known. Never negative now (the programme refuses it); at a past effective date it may be, when
     * an act in effect by then was covered only by a raise that took effect later.
     */
    public BigDecimal available() {
        return envelope == null ? null : envelope.amount().subtract(exposure().amount());
    }
}
