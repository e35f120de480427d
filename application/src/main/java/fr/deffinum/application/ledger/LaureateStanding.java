package fr.deffinum.application.ledger;

import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;

/** A laureate's figures at a point in time; {@code awardedAmount} is null while its grant is only a maximum. */
public record LaureateStanding(String laureateId, ProgrammeCode programme, LaureateStatus status, Money awardedAmount,
                               Money paid) {
}
