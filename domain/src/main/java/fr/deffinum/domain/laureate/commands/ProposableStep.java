package fr.deffinum.domain.laureate.commands;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.Operation;

/**
 * A step on a laureate that a programme's approval policy may hold for a second person: proposed
 * by one, recorded only once another approves it.
 */
public sealed interface ProposableStep
        permits NotifyDecision, AmendAward, MakePayment, CancelPayment, RecordRecovery, WithdrawLaureate,
        SignConvention {

    LaureateId laureateId();

    Operation operation();

    /** The amount it moves, which an approval threshold is compared with; null when it moves none of its own. */
    Money amount();
}
