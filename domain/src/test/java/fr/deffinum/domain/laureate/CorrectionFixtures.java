package fr.deffinum.domain.laureate;

import static fr.deffinum.domain.laureate.LaureateFixtures.MARITIMUS;

import fr.deffinum.domain.laureate.commands.AmendAward;
import fr.deffinum.domain.laureate.commands.CancelPayment;
import fr.deffinum.domain.laureate.commands.RecordRecovery;
import fr.deffinum.domain.laureate.commands.WithdrawLaureate;
import fr.deffinum.domain.laureate.events.AwardAmended;
import fr.deffinum.domain.laureate.events.LaureateWithdrawn;
import fr.deffinum.domain.laureate.events.PaymentCancelled;
import fr.deffinum.domain.laureate.events.PaymentRecovered;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;

/** The corrections of MARITIMUS's lifecycle: amendments, cancellations, recoveries, withdrawal. */
final class CorrectionFixtures {

    static final String AMENDMENT_REFERENCE = "AVENANT-2023-017-1";
    static final LocalDate AMENDED_ON = LocalDate.of(2023, 6, 1);
    static final String RECOVERY_ID = "REV-MARITIMUS-001";
    static final LocalDate RECOVERED_ON = LocalDate.of(2023, 9, 1);
    static final LocalDate CANCELLED_ON = LocalDate.of(2023, 2, 1);
    static final LocalDate WITHDRAWN_ON = LocalDate.of(2023, 10, 1);

    private CorrectionFixtures() {
    }

    static AmendAward amend(Money amount, LocalDate on) {
        return new AmendAward(MARITIMUS, amount, AMENDMENT_REFERENCE, on);
    }

    static AwardAmended amended(Money previous, Money amount, LocalDate on) {
        return new AwardAmended(MARITIMUS, previous, amount, AMENDMENT_REFERENCE, on);
    }

    static CancelPayment cancel(String paymentId, LocalDate on) {
        return new CancelPayment(MARITIMUS, paymentId, on);
    }

    static PaymentCancelled cancelled(String paymentId, Money amount, LocalDate on) {
        return new PaymentCancelled(MARITIMUS, paymentId, amount, on);
    }

    static RecordRecovery recover(String recoveryId, Money amount, LocalDate on) {
        return new RecordRecovery(MARITIMUS, recoveryId, amount, on);
    }

    static PaymentRecovered recovered(String recoveryId, Money amount, LocalDate on) {
        return new PaymentRecovered(MARITIMUS, recoveryId, amount, on);
    }

    static WithdrawLaureate withdraw(LocalDate on) {
        return new WithdrawLaureate(MARITIMUS, on);
    }

    static LaureateWithdrawn withdrawn(LocalDate on) {
        return new LaureateWithdrawn(MARITIMUS, on);
    }
}
