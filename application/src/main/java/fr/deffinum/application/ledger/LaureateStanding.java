package fr.deffinum.application.ledger;

import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.domain.laureate.Programme;
import fr.deffinum.domain.money.Money;

/** A laureate's figures at a point in time; {@code awardedAmount} is null while its grant is only a maximum. */
public record LaureateStanding(String laureateId, Programme programme, LaureateStatus status, Money awardedAmount,
                               Money paid) {
}
