package fr.deffinum.infrastructure.projection;

import static fr.deffinum.domain.money.Money.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.proposal.ProposalView;
import fr.deffinum.application.proposal.Proposals;
import fr.deffinum.application.projection.ProjectionStatus;
import fr.deffinum.application.projection.Projections;
import fr.deffinum.domain.laureate.DocumentKind;
import fr.deffinum.domain.laureate.EvaluationOutcome;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.laureate.commands.AmendAward;
import fr.deffinum.domain.laureate.commands.AttachDocument;
import fr.deffinum.domain.laureate.commands.CancelPayment;
import fr.deffinum.domain.laureate.commands.EvaluateLaureate;
import fr.deffinum.domain.laureate.commands.MakePayment;
import fr.deffinum.domain.laureate.commands.NotifyDecision;
import fr.deffinum.domain.laureate.commands.RecordRecovery;
import fr.deffinum.domain.laureate.commands.RecordSiret;
import fr.deffinum.domain.laureate.commands.RedirectLaureate;
import fr.deffinum.domain.laureate.commands.SelectLaureate;
import fr.deffinum.domain.laureate.commands.WithdrawLaureate;
import fr.deffinum.infrastructure.testing.PostgresIntegrationTest;
import fr.deffinum.infrastructure.testing.TestProgrammes;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one-pass rebuild folds the store into the same read models as their processors did: the same
 * rows in every table, in batches small enough that a laureate's events span several of them.
 */
@SpringBootTest(properties = "deffinum.projections.replay-batch-size=3")
class OnePassReplayTest extends PostgresIntegrationTest {

    private static final Provenance OFFICER = new Provenance("officer", "Arrêté", null);
    private static final Provenance APPROVER = new Provenance("approver", "Pièces vérifiées", null);
    private static final Set<String> ALL = Set.of("laureates", "ledger", "audit", "programmes", "proposals", "schedules");
    private static final Map<String, String> TABLES = new LinkedHashMap<>(Map.of(
            "laureate_view", "SELECT * FROM laureate_view ORDER BY laureate_id",
            "laureate_payment", "SELECT laureate_id, payment_id, amount, kind, paid_on, cancelled_on "
                    + "FROM laureate_payment ORDER BY laureate_id, line_id",
            "amounts_ledger", "SELECT * FROM amounts_ledger ORDER BY laureate_id, sequence",
            "audit_entry", "SELECT * FROM audit_entry ORDER BY event_id",
            "programme_view", "SELECT * FROM programme_view ORDER BY code",
            "programme_envelope", "SELECT * FROM programme_envelope ORDER BY code, sequence",
            "proposal_view", "SELECT * FROM proposal_view ORDER BY proposal_id",
            "document_view", "SELECT * FROM document_view ORDER BY document_id"));

    @Autowired
    LaureateRecorder recorder;
    @Autowired
    Proposals proposals;
    @Autowired
    Projections projections;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void openTheProgrammes() {
        TestProgrammes.open(recorder, "DEFFINUM", "CMA");
    }

    @Test
    void a_rebuild_gives_the_rows_the_processors_wrote_live() {
        recordLifecycles();
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(20))).isTrue();
        Map<String, List<Map<String, Object>>> live = rows();
        assertThat(live.get("laureate_view")).isNotEmpty();
        assertThat(live.get("laureate_payment")).isNotEmpty();
        assertThat(live.get("amounts_ledger")).hasSize(laureateEvents());
        assertThat(live.get("audit_entry")).hasSize(laureateEvents());

        long replayed = projections.rebuild(ALL);

        assertThat(replayed).isEqualTo(storedEvents());
        assertThat(rows()).isEqualTo(live);
        List<ProjectionStatus> status = projections.status();
        assertThat(status).extracting(ProjectionStatus::name).containsExactlyInAnyOrderElementsOf(ALL);
        assertThat(status).allSatisfy(projection -> {
            assertThat(projection.running()).isTrue();
            assertThat(projection.position()).isEqualTo(projection.head());
        });
    }

    @Test
    void a_rebuild_of_one_projection_leaves_the_others_as_they_were_and_the_processors_fold_what_comes_after() {
        recordLifecycles();
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(20))).isTrue();
        Map<String, List<Map<String, Object>>> before = rows();
        assertThat(before.get("amounts_ledger")).isNotEmpty();

        projections.rebuild(Set.of("ledger"));
        assertThat(rows()).isEqualTo(before);

        LaureateId late = LaureateId.fromReference("LATE");
        recorder.select(selection(late), OFFICER);
        recorder.notify(new NotifyDecision(late, euros("1000.00"), "D-LATE", LocalDate.of(2023, 1, 15)), OFFICER);
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(20))).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM amounts_ledger WHERE laureate_id = ?", Integer.class,
                late.value())).isEqualTo(2);
    }

    private void recordLifecycles() {
        LaureateId maritimus = LaureateId.fromReference("MARITIMUS-" + System.nanoTime());
        recorder.select(selection(maritimus), OFFICER);
        recorder.notify(new NotifyDecision(maritimus, euros("800000.00"), "D-1", LocalDate.of(2023, 1, 15)), OFFICER);
        recorder.pay(payment(maritimus, "P1", "300000.00", LocalDate.of(2023, 2, 1)), OFFICER);
        recorder.pay(payment(maritimus, "P2", "200000.00", LocalDate.of(2023, 3, 1)), OFFICER);
        recorder.cancelPayment(new CancelPayment(maritimus, "P1", LocalDate.of(2023, 3, 2)), OFFICER);
        recorder.amend(new AmendAward(maritimus, euros("600000.00"), "AV-1", LocalDate.of(2023, 3, 3)), OFFICER);
        recorder.evaluate(new EvaluateLaureate(maritimus, EvaluationOutcome.ACHIEVED, "", LocalDate.of(2023, 4, 1)),
                OFFICER);
        ProposalView approved = proposals.propose(List.of(payment(maritimus, "P3", "100000.00", LocalDate.of(2023, 4, 2))),
                OFFICER, OptionalLong.empty());
        proposals.approve(approved.proposalId(), APPROVER);
        ProposalView rejected = proposals.propose(List.of(payment(maritimus, "P4", "1000.00", LocalDate.of(2023, 4, 3))),
                OFFICER, OptionalLong.empty());
        proposals.reject(rejected.proposalId(), APPROVER);
        proposals.propose(List.of(payment(maritimus, "P5", "1000.00", LocalDate.of(2023, 4, 4))), OFFICER,
                OptionalLong.empty());

        LaureateId campus = LaureateId.fromReference("CAMPUS-" + System.nanoTime());
        recorder.select(selection(campus), OFFICER);
        recorder.redirect(new RedirectLaureate(campus, new ProgrammeCode("CMA"), "Ville durable", LocalDate.of(2022, 9, 1)), OFFICER);
        recorder.record(campus, new RecordSiret(campus, "73282932000074", LocalDate.of(2022, 9, 2)), OFFICER,
                OptionalLong.empty());
        recorder.record(campus, new AttachDocument(campus, "doc-" + System.nanoTime(), "0".repeat(64), 12,
                "application/pdf", "convention.pdf", DocumentKind.CONVENTION, LocalDate.of(2022, 9, 3)), OFFICER,
                OptionalLong.empty());
        recorder.notify(new NotifyDecision(campus, euros("500000.00"), "D-2", LocalDate.of(2023, 1, 20)), OFFICER);
        recorder.pay(payment(campus, "P1", "100000.00", LocalDate.of(2023, 2, 1)), OFFICER);
        recorder.pay(payment(campus, "P2", "100000.00", LocalDate.of(2023, 2, 2)), OFFICER);
        recorder.withdraw(new WithdrawLaureate(campus, LocalDate.of(2023, 5, 1)), OFFICER);
        recorder.recover(new RecordRecovery(campus, "R1", euros("50000.00"), LocalDate.of(2023, 6, 1)), OFFICER);

        recorder.select(selection(LaureateId.fromReference("ATELIER-" + System.nanoTime())), OFFICER);
    }

    private Map<String, List<Map<String, Object>>> rows() {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        TABLES.forEach((table, query) -> rows.put(table, jdbc.queryForList(query)));
        return rows;
    }

    private int storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Integer.class);
    }

    /** The ledger and the journal hold a row per laureate event; a programme's events are not theirs. */
    private int laureateEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE type = 'Laureate'", Integer.class);
    }

    private static SelectLaureate selection(LaureateId id) {
        return new SelectLaureate(id, new ProgrammeCode("DEFFINUM"), "REF-" + id.value(), "Projet", "Porteur", "Transport maritime", Sector.TRANSPORT.name(),
                null, euros("1976800.00"), euros("1383760.00"), LocalDate.of(2022, 7, 1));
    }

    private static MakePayment payment(LaureateId id, String paymentId, String amount, LocalDate on) {
        return new MakePayment(id, paymentId, euros(amount), PaymentKind.INTERIM, on);
    }
}
