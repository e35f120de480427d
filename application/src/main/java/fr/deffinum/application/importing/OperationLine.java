package fr.deffinum.application.importing;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.laureate.commands.MakePayment;
import fr.deffinum.domain.laureate.commands.NotifyDecision;
import fr.deffinum.domain.laureate.commands.ProposableStep;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;

/** One readable line of an operations file: a notification or a payment (of a convention's tranche, maybe) of the laureate it names. */
record OperationLine(int line, String laureate, Operation operation, Money amount, LocalDate date,
                     String decisionReference, String paymentId, PaymentKind kind, String trancheId, String reason) {

    enum Operation { NOTIFICATION, PAYMENT }

    ProposableStep command(LaureateId id) {
        return operation == Operation.NOTIFICATION
                ? new NotifyDecision(id, amount, decisionReference, date)
                : new MakePayment(id, paymentId, amount, kind, date, trancheId);
    }
}
