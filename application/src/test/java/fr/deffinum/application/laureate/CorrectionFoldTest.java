package fr.deffinum.application.laureate;

import static fr.deffinum.domain.money.Money.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.laureate.Programme;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.laureate.events.AwardAmended;
import fr.deffinum.domain.laureate.events.DecisionNotified;
import fr.deffinum.domain.laureate.events.LaureateSelected;
import fr.deffinum.domain.laureate.events.LaureateWithdrawn;
import fr.deffinum.domain.laureate.events.PaymentCancelled;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.domain.laureate.events.PaymentRecovered;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Given events → then the laureate view: the corrections folded in. */
class CorrectionFoldTest {

    private static final LaureateId ID = LaureateId.fromReference("L-1");

    private LaureateView view = LaureateFold.selected(new LaureateSelected(ID, "L-1", "L", "Lead", "Transport",
            Sector.TRANSPORT, null, Programme.DEFFINUM, euros(2000), euros(1000), LocalDate.of(2022, 7, 1)), 0);

    @Test
    void corrections_change_the_figures_and_status_and_keep_their_trace() {
        view = LaureateFold.notified(view, new DecisionNotified(ID, euros(800), "D", LocalDate.of(2023, 1, 1)), 1);
        view = CorrectionFold.amended(view, new AwardAmended(ID, euros(800), euros(900), "AV", LocalDate.of(2023, 2, 1)), 2);
        assertThat(view.awardedAmount()).isEqualTo(euros(900));
        assertThat(view.amendments()).extracting(AmendmentLine::amendmentReference).containsExactly("AV");

        view = LaureateFold.paid(view, new PaymentMade(ID, "P1", euros(900), PaymentKind.BALANCE, LocalDate.of(2023, 3, 1)), 3);
        assertThat(view.status()).isEqualTo(LaureateStatus.FULLY_FUNDED);
        view = CorrectionFold.cancelled(view, new PaymentCancelled(ID, "P1", euros(900), LocalDate.of(2023, 3, 2)), 4);
        assertThat(view.status()).isEqualTo(LaureateStatus.NOTIFIED);
        assertThat(view.paid()).isEqualTo(euros(0));
        assertThat(view.payments().get(0).cancelledOn()).isEqualTo(LocalDate.of(2023, 3, 2));

        view = LaureateFold.paid(view, new PaymentMade(ID, "P2", euros(500), PaymentKind.ADVANCE, LocalDate.of(2023, 4, 1)), 5);
        view = CorrectionFold.recovered(view, new PaymentRecovered(ID, "R1", euros(100), LocalDate.of(2023, 5, 1)), 6);
        assertThat(view.paid()).isEqualTo(euros(400));
        assertThat(view.status()).isEqualTo(LaureateStatus.PARTLY_FUNDED);

        view = CorrectionFold.withdrawn(view, new LaureateWithdrawn(ID, LocalDate.of(2023, 6, 1)), 7);
        assertThat(view.status()).isEqualTo(LaureateStatus.WITHDRAWN);
        assertThat(view.awardedAmount()).isEqualTo(euros(400));
        assertThat(view.remainingToPay()).isEqualTo(euros(0));

        view = CorrectionFold.recovered(view, new PaymentRecovered(ID, "R2", euros(150), LocalDate.of(2023, 7, 1)), 8);
        assertThat(view.status()).isEqualTo(LaureateStatus.WITHDRAWN);
        assertThat(view.awardedAmount()).isEqualTo(euros(250));
        assertThat(view.paid()).isEqualTo(euros(250));
        assertThat(view.recoveries()).hasSize(2);
    }
}
