package fr.deffinum.infrastructure.ledger;

import static fr.deffinum.domain.money.Money.euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.deffinum.application.dashboard.Dashboard;
import fr.deffinum.application.dashboard.DashboardRow;
import fr.deffinum.application.dashboard.Dashboards;
import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.application.ledger.AmountsLedger;
import fr.deffinum.application.ledger.LaureateStanding;
import fr.deffinum.application.ledger.LedgerEntry;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.domain.laureate.EvaluationOutcome;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.laureate.events.AwardAmended;
import fr.deffinum.domain.laureate.events.DecisionNotified;
import fr.deffinum.domain.laureate.events.LaureateEvaluated;
import fr.deffinum.domain.laureate.events.LaureateRedirected;
import fr.deffinum.domain.laureate.events.LaureateSelected;
import fr.deffinum.domain.laureate.events.LaureateWithdrawn;
import fr.deffinum.domain.laureate.events.PaymentCancelled;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.domain.laureate.events.PaymentRecovered;
import fr.deffinum.domain.money.Money;
import fr.deffinum.infrastructure.projection.ReplayableReadModel;
import fr.deffinum.infrastructure.projection.ReplayableReadModel.Source;
import fr.deffinum.infrastructure.testing.GivenEvents;
import fr.deffinum.infrastructure.testing.PostgresIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Given events → then the amounts ledger, its rows and its readings at a point in time, in PostgreSQL. */
@SpringBootTest
class LedgerReadModelTest extends PostgresIntegrationTest {

    private static final LaureateId MARITIMUS = LaureateId.fromReference("MARITIMUS");
    private static final LaureateId CAMPUS = LaureateId.fromReference("CAMPUS");
    private static final LaureateId ATELIER = LaureateId.fromReference("ATELIER");
    private static final Instant LATER = Instant.parse("2100-01-01T00:00:00Z");

    @Autowired
    LedgerReadModel readModel;
    @Autowired
    AmountsLedger ledger;
    @Autowired
    List<ReplayableReadModel> readModels;
    @Autowired
    Dashboards dashboards;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private final GivenEvents given = new GivenEvents();

    @BeforeEach
    void empty() {
        readModels.forEach(ReplayableReadModel::reset);
    }

    @Test
    void each_event_is_one_row_of_what_it_changed_even_those_needing_the_figures_before_them_in_the_same_batch() {
        fold(given.of(selected(MARITIMUS), notified(MARITIMUS, "800000.00", "2023-01-15"),
                paid(MARITIMUS, "P1", "300000.00", "2023-03-01"),
                new LaureateWithdrawn(MARITIMUS, LocalDate.of(2023, 6, 1)),
                new PaymentRecovered(MARITIMUS, "R1", euros("100000.00"), LocalDate.of(2023, 7, 1))));

        List<LedgerEntry> entries = ledger.entries(MARITIMUS.value(), PointInTime.NOW);
        assertThat(entries).extracting(LedgerEntry::kind).containsExactly("LaureateSelected", "DecisionNotified",
                "PaymentMade", "LaureateWithdrawn", "PaymentRecovered");
        assertThat(entries).extracting(LedgerEntry::sequence).containsExactly(0L, 1L, 2L, 3L, 4L);
        LedgerEntry notification = entries.get(1);
        assertThat(notification.reference()).isEqualTo("DEC-" + MARITIMUS.value());
        assertThat(notification.change().awarded()).isEqualByComparingTo("800000.00");
        assertThat(notification.change().pendingMaximum()).isEqualByComparingTo("-1383760.00");
        assertThat(notification.change().released()).isEqualByComparingTo("583760.00");
        LedgerEntry withdrawal = entries.get(3);
        assertThat(withdrawal.change().awarded()).isEqualByComparingTo("-500000.00");
        assertThat(withdrawal.change().released()).isEqualByComparingTo("500000.00");
        LedgerEntry recovery = entries.get(4);
        assertThat(recovery.change().awarded()).isEqualByComparingTo("-100000.00");
        assertThat(recovery.change().paid()).isEqualByComparingTo("-100000.00");

        LaureateStanding standing = ledger.standing(MARITIMUS.value(), PointInTime.NOW).orElseThrow();
        assertThat(standing.status()).isEqualTo(LaureateStatus.WITHDRAWN);
        assertThat(standing.awardedAmount()).isEqualTo(euros("200000.00"));
        assertThat(standing.paid()).isEqualTo(euros("200000.00"));
    }

    @Test
    void a_standing_at_each_point_has_the_status_and_figures_of_the_events_in_both_times_by_then() {
        Instant first = given.nextRecordedAt();
        fold(given.of(selected(MARITIMUS), notified(MARITIMUS, "800000.00", "2023-01-15")));
        fold(given.of(paid(MARITIMUS, "P1", "300000.00", "2023-03-01"), paid(MARITIMUS, "P2", "500000.00", "2023-04-01")));
        Instant beforeCancellation = given.nextRecordedAt().minusSeconds(1);
        fold(given.of(new PaymentCancelled(MARITIMUS, "P2", euros("500000.00"), LocalDate.of(2023, 4, 2)),
                new LaureateEvaluated(MARITIMUS, EvaluationOutcome.ACHIEVED, "", LocalDate.of(2023, 5, 1))));

        assertStanding(new PointInTime(first, null), LaureateStatus.SELECTED, null, "0.00");
        assertStanding(new PointInTime(null, LocalDate.of(2022, 12, 31)), LaureateStatus.SELECTED, null, "0.00");
        assertStanding(new PointInTime(null, LocalDate.of(2023, 2, 1)), LaureateStatus.NOTIFIED, "800000.00", "0.00");
        assertStanding(new PointInTime(null, LocalDate.of(2023, 3, 15)), LaureateStatus.PARTLY_FUNDED, "800000.00",
                "300000.00");
        assertStanding(new PointInTime(beforeCancellation, null), LaureateStatus.FULLY_FUNDED, "800000.00",
                "800000.00");
        assertStanding(new PointInTime(beforeCancellation, LocalDate.of(2023, 3, 15)), LaureateStatus.PARTLY_FUNDED,
                "800000.00", "300000.00");
        assertStanding(new PointInTime(null, LocalDate.of(2023, 4, 2)), LaureateStatus.PARTLY_FUNDED, "800000.00",
                "300000.00");
        assertStanding(PointInTime.NOW, LaureateStatus.EVALUATED, "800000.00", "300000.00");
        assertThat(ledger.standing(MARITIMUS.value(), new PointInTime(first.minusSeconds(1), null))).isEmpty();
    }

    @Test
    void the_standings_at_a_point_are_those_of_the_laureates_selected_by_then() {
        fold(given.of(selected(MARITIMUS), selected(CAMPUS),
                new LaureateRedirected(CAMPUS, new ProgrammeCode("DEFFINUM"), new ProgrammeCode("CMA"), "Ville durable", LocalDate.of(2022, 9, 1)),
                notified(MARITIMUS, "800000.00", "2023-01-15")));
        fold(given.of(new LaureateSelected(ATELIER, "ATELIER", "Atelier", "Porteur", "Artisanat", Sector.CRAFTS.name(), null,
                new ProgrammeCode("DEFFINUM"), euros("100000.00"), euros("50000.00"), LocalDate.of(2023, 2, 1))));

        List<LaureateStanding> now = ledger.standings(PointInTime.NOW);
        assertThat(now).hasSize(3);
        Map<String, LaureateStanding> byId = now.stream()
                .collect(Collectors.toMap(LaureateStanding::laureateId, standing -> standing));
        assertThat(byId.get(CAMPUS.value()).programme()).isEqualTo(new ProgrammeCode("CMA"));
        assertThat(byId.get(CAMPUS.value()).status()).isEqualTo(LaureateStatus.REDIRECTED_TO_CMA);
        assertThat(byId.get(CAMPUS.value()).awardedAmount()).isNull();
        assertThat(byId.get(MARITIMUS.value()).status()).isEqualTo(LaureateStatus.NOTIFIED);
        assertThat(byId.get(ATELIER.value()).status()).isEqualTo(LaureateStatus.SELECTED);

        assertThat(ledger.standings(new PointInTime(null, LocalDate.of(2022, 8, 31))))
                .extracting(LaureateStanding::laureateId, LaureateStanding::programme, LaureateStanding::status)
                .containsExactlyInAnyOrder(
                        tuple(MARITIMUS.value(), new ProgrammeCode("DEFFINUM"), LaureateStatus.SELECTED),
                        tuple(CAMPUS.value(), new ProgrammeCode("DEFFINUM"), LaureateStatus.SELECTED));
    }

    @Test
    void the_dashboard_at_a_point_groups_the_standings_and_after_every_event_is_the_current_one() {
        List<TrackedEventMessage<?>> events = given.of(selected(MARITIMUS), selected(CAMPUS),
                new LaureateRedirected(CAMPUS, new ProgrammeCode("DEFFINUM"), new ProgrammeCode("CMA"), "Ville durable", LocalDate.of(2022, 9, 1)),
                notified(MARITIMUS, "800000.00", "2023-01-15"), paid(MARITIMUS, "P1", "300000.00", "2023-03-01"),
                new AwardAmended(MARITIMUS, euros("800000.00"), euros("300000.00"), "AV-1", LocalDate.of(2023, 4, 1)),
                new LaureateSelected(ATELIER, "ATELIER", "Atelier", "Porteur", "Artisanat", Sector.CRAFTS.name(), null,
                        new ProgrammeCode("DEFFINUM"), euros("100000.00"), euros("50000.00"), LocalDate.of(2023, 2, 1)),
                new LaureateWithdrawn(ATELIER, LocalDate.of(2023, 5, 1)));
        readModels.forEach(model -> transactions.executeWithoutResult(
                status -> model.fold(events, Source.PROCESSOR)));

        Dashboard atTheEnd = ledger.dashboard(new PointInTime(LATER, null));
        assertThat(atTheEnd.statuses()).extracting(DashboardRow::key)
                .containsExactly("REDIRECTED_TO_CMA", "FULLY_FUNDED", "WITHDRAWN");
        assertThat(atTheEnd.programmes()).extracting(DashboardRow::key).containsExactly("DEFFINUM", "CMA");
        assertThat(atTheEnd.programmes()).extracting(DashboardRow::laureates).containsExactly(2L, 1L);
        assertThat(atTheEnd).isEqualTo(dashboards.current());

        Dashboard before = ledger.dashboard(new PointInTime(null, LocalDate.of(2023, 1, 31)));
        assertThat(before.statuses()).extracting(DashboardRow::key, DashboardRow::laureates)
                .containsExactly(tuple("REDIRECTED_TO_CMA", 1L),
                        tuple("NOTIFIED", 1L));
        assertThat(before.sectors()).extracting(DashboardRow::key).containsExactly("TRANSPORT");
        DashboardRow notified = before.statuses().get(1);
        assertThat(notified.awarded()).isEqualTo(euros("800000.00"));
        assertThat(notified.released()).isEqualTo(euros("583760.00"));
        for (List<DashboardRow> grouping : List.of(before.programmes(), before.sectors(), before.statuses())) {
            assertThat(grouping).isNotEmpty();
            assertThat(grouping.stream().map(DashboardRow::maxGrant).reduce(Money.ZERO, Money::plus))
                    .isEqualTo(euros("2767520.00"));
        }
    }

    @Test
    void events_folded_in_again_change_no_row_and_a_replay_copies_the_rows_its_processor_wrote() {
        List<TrackedEventMessage<?>> events = given.of(selected(MARITIMUS), notified(MARITIMUS, "800000.00", "2023-01-15"),
                paid(MARITIMUS, "P1", "300000.00", "2023-03-01"),
                new PaymentCancelled(MARITIMUS, "P1", euros("300000.00"), LocalDate.of(2023, 3, 2)),
                new LaureateWithdrawn(MARITIMUS, LocalDate.of(2023, 6, 1)));
        fold(events.subList(0, 3));
        fold(events.subList(3, 5));
        List<Map<String, Object>> live = rows();
        assertThat(live).hasSize(5);

        fold(events);
        fold(events.subList(1, 4));
        assertThat(rows()).isEqualTo(live);

        readModel.reset();
        assertThat(rows()).isEmpty();
        transactions.executeWithoutResult(status -> readModel.fold(events.subList(0, 2), Source.REPLAY));
        transactions.executeWithoutResult(status -> readModel.fold(events.subList(2, 5), Source.REPLAY));
        assertThat(rows()).isEqualTo(live);
    }

    @Test
    void a_wait_for_an_event_ends_once_it_is_in_the_ledger() {
        fold(given.of(selected(MARITIMUS), notified(MARITIMUS, "800000.00", "2023-01-15")));

        assertThat(ledger.awaitSequence(MARITIMUS.value(), 1, Duration.ofSeconds(1))).isTrue();
        assertThat(ledger.awaitSequence(MARITIMUS.value(), 2, Duration.ofMillis(50))).isFalse();
    }

    private void assertStanding(PointInTime point, LaureateStatus status, String awarded, String paid) {
        LaureateStanding standing = ledger.standing(MARITIMUS.value(), point).orElseThrow();
        assertThat(standing.status()).as("status at %s", point).isEqualTo(status);
        assertThat(standing.awardedAmount()).as("awarded at %s", point).isEqualTo(awarded == null ? null : euros(awarded));
        assertThat(standing.paid()).as("paid at %s", point).isEqualTo(euros(paid));
        assertThat(ledger.standings(point)).contains(standing);
    }

    private void fold(List<TrackedEventMessage<?>> events) {
        transactions.executeWithoutResult(status -> readModel.fold(events, Source.PROCESSOR));
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("SELECT * FROM amounts_ledger ORDER BY laureate_id, sequence");
    }

    private static LaureateSelected selected(LaureateId id) {
        return new LaureateSelected(id, id.value().toUpperCase(), "Projet " + id.value(), "Porteur", "Transport maritime",
                Sector.TRANSPORT.name(), null, new ProgrammeCode("DEFFINUM"), euros("1976800.00"), euros("1383760.00"),
                LocalDate.of(2022, 7, 1));
    }

    private static DecisionNotified notified(LaureateId id, String amount, String on) {
        return new DecisionNotified(id, euros(amount), "DEC-" + id.value(), LocalDate.parse(on));
    }

    private static PaymentMade paid(LaureateId id, String paymentId, String amount, String on) {
        return new PaymentMade(id, paymentId, euros(amount), PaymentKind.INTERIM, LocalDate.parse(on));
    }
}
