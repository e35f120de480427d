package fr.deffinum.application.ledger;

import static fr.deffinum.domain.money.Money.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.laureate.events.AwardAmended;
import fr.deffinum.domain.laureate.events.DecisionNotified;
import fr.deffinum.domain.laureate.events.LaureateEvent;
import fr.deffinum.domain.laureate.events.LaureateSelected;
import fr.deffinum.domain.laureate.events.LaureateWithdrawn;
import fr.deffinum.domain.laureate.events.PaymentCancelled;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.domain.laureate.events.PaymentRecovered;
import fr.deffinum.domain.laureate.events.SiretRecorded;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given events → then the ledger's sums, now and at earlier points in either time. */
class LedgerEntriesTest {

    private static final LaureateId ID = LaureateId.fromReference("L-1");
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private final List<LedgerEntry> ledger = new ArrayList<>();

    @Test
    void every_step_keeps_the_maximum_split_into_awarded_pending_and_released() {
        record(new LaureateSelected(ID, "L-1", "L", "Lead", "Transport", Sector.TRANSPORT.name(), null, new ProgrammeCode("DEFFINUM"),
                euros(2000), euros(1000), LocalDate.of(2022, 7, 1)));
        assertFigures(sum(PointInTime.NOW), "0", "1000", "0", "0");
        record(new DecisionNotified(ID, euros(800), "D", LocalDate.of(2023, 1, 1)));
        assertFigures(sum(PointInTime.NOW), "800", "0", "200", "0");
        record(new SiretRecorded(ID, "73282932000074", LocalDate.of(2023, 1, 10)));
        assertFigures(sum(PointInTime.NOW), "800", "0", "200", "0");
        record(new AwardAmended(ID, euros(800), euros(900), "AV", LocalDate.of(2023, 2, 1)));
        assertFigures(sum(PointInTime.NOW), "900", "0", "100", "0");
        record(new PaymentMade(ID, "P1", euros(500), PaymentKind.ADVANCE, LocalDate.of(2023, 3, 1)));
        record(new PaymentMade(ID, "P2", euros(50), PaymentKind.INTERIM, LocalDate.of(2023, 3, 2)));
        record(new PaymentCancelled(ID, "P2", euros(50), LocalDate.of(2023, 3, 3)));
        assertFigures(sum(PointInTime.NOW), "900", "0", "100", "500");
        record(new PaymentRecovered(ID, "R1", euros(100), LocalDate.of(2023, 4, 1)));
        assertFigures(sum(PointInTime.NOW), "900", "0", "100", "400");
        record(new LaureateWithdrawn(ID, LocalDate.of(2023, 5, 1)));
        assertFigures(sum(PointInTime.NOW), "400", "0", "600", "400");
        record(new PaymentRecovered(ID, "R2", euros(400), LocalDate.of(2023, 6, 1)));
        assertFigures(sum(PointInTime.NOW), "0", "0", "1000", "0");

        assertFigures(sum(new PointInTime(null, LocalDate.of(2023, 3, 2))), "900", "0", "100", "550");
        assertFigures(sum(new PointInTime(null, LocalDate.of(2023, 4, 30))), "900", "0", "100", "400");
        assertFigures(sum(new PointInTime(T0.plusSeconds(1), null)), "800", "0", "200", "0");
    }

    @Test
    void a_withdrawal_before_any_decision_releases_the_whole_maximum_and_leaves_a_firm_zero() {
        record(new LaureateSelected(ID, "L-1", "L", "Lead", "Transport", Sector.TRANSPORT.name(), null, new ProgrammeCode("DEFFINUM"),
                euros(2000), euros(1000), LocalDate.of(2022, 7, 1)));
        record(new LaureateWithdrawn(ID, LocalDate.of(2022, 9, 1)));

        LedgerFigures now = sum(PointInTime.NOW);
        assertFigures(now, "0", "0", "1000", "0");
        assertThat(now.withdrawn()).isEqualTo(1);
        assertFigures(sum(new PointInTime(null, LocalDate.of(2022, 8, 31))), "0", "1000", "0", "0");
    }

    private void record(LaureateEvent event) {
        long sequence = ledger.size();
        ledger.add(LedgerEntries.of(event, 100 + sequence, sequence, T0.plusSeconds(sequence), () -> sum(PointInTime.NOW)));
    }

    private LedgerFigures sum(PointInTime point) {
        return ledger.stream().filter(entry -> point.includes(entry.recordedAt(), entry.effectiveDate()))
                .map(LedgerEntry::change).reduce(LedgerFigures.NONE, LedgerFigures::plus);
    }

    private static void assertFigures(LedgerFigures figures, String awarded, String pending, String released,
                                      String paid) {
        assertThat(figures.awarded()).isEqualByComparingTo(awarded);
        assertThat(figures.pendingMaximum()).isEqualByComparingTo(pending);
        assertThat(figures.released()).isEqualByComparingTo(released);
        assertThat(figures.paid()).isEqualByComparingTo(paid);
        assertThat(figures.awarded().add(figures.pendingMaximum()).add(figures.released()))
                .isEqualByComparingTo(figures.maxGrant());
        assertThat(figures.maxGrant()).isEqualByComparingTo(new BigDecimal("1000"));
    }
}
