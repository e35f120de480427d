package fr.deffinum.application.convention;

import static fr.deffinum.domain.money.Money.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.domain.laureate.DocumentKind;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.laureate.convention.ReleaseCondition;
import fr.deffinum.domain.laureate.convention.Tranche;
import fr.deffinum.domain.laureate.convention.TrancheKind;
import fr.deffinum.domain.laureate.events.ConventionSigned;
import fr.deffinum.domain.laureate.events.DecisionNotified;
import fr.deffinum.domain.laureate.events.DocumentAttached;
import fr.deffinum.domain.laureate.events.LaureateEvent;
import fr.deffinum.domain.laureate.events.LaureateWithdrawn;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.Deadlines;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Given a laureate's events → then the work they give on a day: the queue's rules, one by one. */
@DisplayName("The work queue of a laureate's file")
class WorkQueueTest {

    private static final LaureateId ID = LaureateId.fromReference("DEFFINUM-2022-A1-01");
    private static final Deadlines DEADLINES = new Deadlines(60, 3);
    private static final LocalDate NOTIFIED_ON = LocalDate.of(2024, 1, 15);
    private static final Tranche ADVANCE = new Tranche("T1", TrancheKind.ADVANCE, LocalDate.of(2024, 2, 1),
            euros("300000.00"), List.of());
    private static final Tranche INTERIM = new Tranche("T2", TrancheKind.INTERIM, LocalDate.of(2025, 6, 30),
            euros("500000.00"), List.of(ReleaseCondition.document(DocumentKind.RAPPORT_INTERMEDIAIRE)));
    private static final Tranche BALANCE = new Tranche("T3", TrancheKind.BALANCE, LocalDate.of(2026, 9, 30),
            euros("200000.00"), List.of(ReleaseCondition.document(DocumentKind.RAPPORT_FINAL)));

    private final WorkQueue queue = new WorkQueue(null, null, new DeadlinesProperties(90, 6, 30));

    @Test
    void a_decision_without_a_convention_is_late_from_the_day_after_the_programme_s_delay() {
        List<LaureateEvent> events = List.of(notified());

        assertThat(items(events, LocalDate.of(2024, 3, 15))).isEmpty();
        WorkItem late = items(events, LocalDate.of(2024, 3, 25)).get(0);
        assertThat(late.kind()).isEqualTo(WorkKind.CONVENTION_LATE);
        assertThat(late.dueOn()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(late.daysLate()).isEqualTo(10);
    }

    @Test
    void a_report_is_due_within_thirty_days_of_its_tranche_then_late_and_its_tranche_payable_once_received() {
        List<LaureateEvent> events = new ArrayList<>(List.of(notified(), signed(), paid("P1", ADVANCE, "2024-02-01")));

        assertThat(kinds(events, LocalDate.of(2025, 5, 30))).isEmpty();
        assertThat(kinds(events, LocalDate.of(2025, 6, 1))).containsExactly(WorkKind.REPORT_DUE);
        WorkItem late = items(events, LocalDate.of(2025, 7, 15)).get(0);
        assertThat(late.kind()).isEqualTo(WorkKind.REPORT_LATE);
        assertThat(late.document()).isEqualTo(DocumentKind.RAPPORT_INTERMEDIAIRE);
        assertThat(late.amount()).isEqualTo(euros("500000.00"));
        assertThat(late.daysLate()).isEqualTo(15);

        events.add(attached(DocumentKind.RAPPORT_INTERMEDIAIRE, "2025-07-10"));

        WorkItem payable = items(events, LocalDate.of(2025, 7, 15)).get(0);
        assertThat(payable.kind()).isEqualTo(WorkKind.TRANCHE_PAYABLE);
        assertThat(payable.trancheId()).isEqualTo("T2");
    }

    @Test
    void the_final_report_is_due_within_the_programme_s_months_after_the_project_s_end() {
        List<LaureateEvent> events = List.of(notified(), signed(), paid("P1", ADVANCE, "2024-02-01"),
                attached(DocumentKind.RAPPORT_INTERMEDIAIRE, "2025-06-01"), paid("P2", INTERIM, "2025-06-30"));

        WorkItem late = items(events, LocalDate.of(2026, 10, 1)).get(0);

        assertThat(late.kind()).isEqualTo(WorkKind.REPORT_LATE);
        assertThat(late.document()).isEqualTo(DocumentKind.RAPPORT_FINAL);
        assertThat(late.dueOn()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(late.daysLate()).isEqualTo(1);
    }

    @Test
    void a_report_received_before_the_previous_tranche_was_paid_does_not_count_for_the_next() {
        List<LaureateEvent> events = List.of(notified(), signed(), attached(DocumentKind.RAPPORT_INTERMEDIAIRE, "2024-01-25"),
                paid("P1", ADVANCE, "2024-02-01"));

        assertThat(kinds(events, LocalDate.of(2025, 7, 15))).containsExactly(WorkKind.REPORT_LATE);
    }

    @Test
    void a_withdrawn_laureate_gives_no_work() {
        assertThat(items(List.of(notified(), new LaureateWithdrawn(ID, LocalDate.of(2024, 2, 1))),
                LocalDate.of(2025, 1, 1))).isEmpty();
    }

    private List<WorkItem> items(List<LaureateEvent> events, LocalDate day) {
        return queue.itemsOf(new LaureateFile(ID, "MARITIMUS", new ProgrammeCode("DEFFINUM"), events), DEADLINES, day);
    }

    private List<WorkKind> kinds(List<LaureateEvent> events, LocalDate day) {
        return items(events, day).stream().map(WorkItem::kind).toList();
    }

    private static DecisionNotified notified() {
        return new DecisionNotified(ID, euros("1000000.00"), "Arrêté", NOTIFIED_ON);
    }

    private static ConventionSigned signed() {
        return new ConventionSigned(ID, "CONV", LocalDate.of(2024, 1, 20), LocalDate.of(2024, 2, 1),
                LocalDate.of(2026, 6, 30), List.of(ADVANCE, INTERIM, BALANCE));
    }

    private static PaymentMade paid(String paymentId, Tranche tranche, String on) {
        return new PaymentMade(ID, paymentId, tranche.amount(), PaymentKind.valueOf(tranche.kind().name()),
                LocalDate.parse(on), tranche.trancheId());
    }

    private static DocumentAttached attached(DocumentKind kind, String on) {
        return new DocumentAttached(ID, "doc-" + on, "0".repeat(64), 10, "application/pdf", kind + ".pdf", kind,
                LocalDate.parse(on), (Money) null);
    }
}
