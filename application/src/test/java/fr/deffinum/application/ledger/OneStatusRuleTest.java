package fr.deffinum.application.ledger;

import static fr.deffinum.domain.money.Money.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.domain.laureate.EvaluationOutcome;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.laureate.events.AwardAmended;
import fr.deffinum.domain.laureate.events.DecisionNotified;
import fr.deffinum.domain.laureate.events.LaureateEvaluated;
import fr.deffinum.domain.laureate.events.LaureateEvent;
import fr.deffinum.domain.laureate.events.LaureateRedirected;
import fr.deffinum.domain.laureate.events.LaureateSelected;
import fr.deffinum.domain.laureate.events.LaureateWithdrawn;
import fr.deffinum.domain.laureate.events.PaymentCancelled;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.domain.laureate.events.PaymentRecovered;
import fr.deffinum.domain.laureate.events.SiretRecorded;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given events → the current view and the ledger's sums decide the same status after each of them. */
class OneStatusRuleTest {

    private static final LaureateId ID = LaureateId.fromReference("L-1");
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private final List<LedgerEntry> ledger = new ArrayList<>();
    private final List<LaureateStatus> viewStatuses = new ArrayList<>();
    private final List<LaureateStatus> ledgerStatuses = new ArrayList<>();
    private LaureateView view;

    @Test
    void through_redirection_payments_corrections_evaluation_and_withdrawal() {
        record(selection());
        record(new LaureateRedirected(ID, new ProgrammeCode("DEFFINUM"), new ProgrammeCode("CMA"), "Ville durable", LocalDate.of(2022, 9, 1)));
        record(new SiretRecorded(ID, "73282932000074", LocalDate.of(2022, 9, 2)));
        record(new DecisionNotified(ID, euros(800), "D", LocalDate.of(2023, 1, 1)));
        record(new PaymentMade(ID, "P1", euros(500), PaymentKind.ADVANCE, LocalDate.of(2023, 2, 1)));
        record(new AwardAmended(ID, euros(800), euros(500), "AV", LocalDate.of(2023, 3, 1)));
        record(new PaymentCancelled(ID, "P1", euros(500), LocalDate.of(2023, 3, 2)));
        record(new PaymentMade(ID, "P2", euros(300), PaymentKind.INTERIM, LocalDate.of(2023, 4, 1)));
        record(new PaymentRecovered(ID, "R1", euros(300), LocalDate.of(2023, 4, 2)));
        record(new PaymentMade(ID, "P3", euros(400), PaymentKind.BALANCE, LocalDate.of(2023, 5, 1)));
        record(new LaureateEvaluated(ID, EvaluationOutcome.ACHIEVED, "", LocalDate.of(2023, 6, 1)));
        record(new LaureateWithdrawn(ID, LocalDate.of(2023, 7, 1)));
        record(new PaymentRecovered(ID, "R2", euros(100), LocalDate.of(2023, 8, 1)));

        assertThat(viewStatuses).hasSize(13).containsExactly(LaureateStatus.SELECTED, LaureateStatus.REDIRECTED_TO_CMA,
                LaureateStatus.REDIRECTED_TO_CMA, LaureateStatus.NOTIFIED, LaureateStatus.PARTLY_FUNDED,
                LaureateStatus.FULLY_FUNDED, LaureateStatus.NOTIFIED, LaureateStatus.PARTLY_FUNDED,
                LaureateStatus.NOTIFIED, LaureateStatus.PARTLY_FUNDED, LaureateStatus.EVALUATED,
                LaureateStatus.WITHDRAWN, LaureateStatus.WITHDRAWN);
        assertThat(ledgerStatuses).isEqualTo(viewStatuses);
    }

    @Test
    void through_a_withdrawal_before_any_decision() {
        record(selection());
        record(new LaureateWithdrawn(ID, LocalDate.of(2022, 8, 1)));

        assertThat(viewStatuses).containsExactly(LaureateStatus.SELECTED, LaureateStatus.WITHDRAWN);
        assertThat(ledgerStatuses).isEqualTo(viewStatuses);
    }

    private static LaureateSelected selection() {
        return new LaureateSelected(ID, "L-1", "L", "Lead", "Transport", Sector.TRANSPORT.name(), null, new ProgrammeCode("DEFFINUM"),
                euros(2000), euros(1000), LocalDate.of(2022, 7, 1));
    }

    private void record(LaureateEvent event) {
        long sequence = ledger.size();
        view = event instanceof LaureateSelected selected ? LaureateView.selected(selected, sequence)
                : view.fold(event, sequence);
        ledger.add(LedgerEntries.of(event, 100 + sequence, sequence, T0.plusSeconds(sequence), this::sum));
        viewStatuses.add(view.status());
        ledgerStatuses.add(sum().status());
    }

    private LedgerFigures sum() {
        return ledger.stream().map(LedgerEntry::change).reduce(LedgerFigures.NONE, LedgerFigures::plus);
    }
}
