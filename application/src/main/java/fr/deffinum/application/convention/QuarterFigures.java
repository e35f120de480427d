package fr.deffinum.application.convention;

import fr.deffinum.domain.money.Money;

/** What a programme's schedules plan and what was paid, in one quarter ({@code 2024-T3}). */
public record QuarterFigures(String quarter, Money planned, Money paid) {

    public QuarterFigures plus(QuarterFigures other) {
        return new QuarterFigures(quarter, planned.plus(other.planned), paid.plus(other.paid));
    }
}
