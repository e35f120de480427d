package fr.deffinum.infrastructure.laureate;

import static fr.deffinum.domain.money.Money.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.application.document.DocumentView;
import fr.deffinum.application.document.DocumentViews;
import fr.deffinum.application.laureate.LaureateFilter;
import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.LaureateViews;
import fr.deffinum.application.laureate.PaymentLine;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.domain.laureate.DocumentKind;
import fr.deffinum.domain.laureate.EvaluationOutcome;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.laureate.events.AwardAmended;
import fr.deffinum.domain.laureate.events.DecisionNotified;
import fr.deffinum.domain.laureate.events.DocumentAttached;
import fr.deffinum.domain.laureate.events.LaureateEvaluated;
import fr.deffinum.domain.laureate.events.LaureateEvent;
import fr.deffinum.domain.laureate.events.LaureateRedirected;
import fr.deffinum.domain.laureate.events.LaureateSelected;
import fr.deffinum.domain.laureate.events.LaureateWithdrawn;
import fr.deffinum.domain.laureate.events.PaymentCancelled;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.domain.laureate.events.PaymentRecovered;
import fr.deffinum.domain.laureate.events.SiretRecorded;
import fr.deffinum.infrastructure.projection.ReplayableReadModel.Source;
import fr.deffinum.infrastructure.testing.GivenEvents;
import fr.deffinum.infrastructure.testing.PostgresIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Given events → then the laureate read model, folded as its processor folds a batch, in PostgreSQL. */
@SpringBootTest
class LaureateReadModelTest extends PostgresIntegrationTest {

    private static final LaureateId MARITIMUS = LaureateId.fromReference("MARITIMUS");
    private static final LaureateId CAMPUS = LaureateId.fromReference("CAMPUS");

    @Autowired
    LaureateReadModel readModel;
    @Autowired
    LaureateViews views;
    @Autowired
    DocumentViews documents;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private final GivenEvents given = new GivenEvents();

    @BeforeEach
    void empty() {
        readModel.reset();
    }

    @Test
    void a_batch_folds_a_whole_lifecycle_into_the_view_its_events_give() {
        List<TrackedEventMessage<?>> events = given.of(selected(MARITIMUS), notified(MARITIMUS, "800000.00"),
                paid(MARITIMUS, "P1", "300000.00"), paid(MARITIMUS, "P2", "100000.00"),
                new SiretRecorded(MARITIMUS, "73282932000074", LocalDate.of(2023, 3, 1)));

        fold(events);

        LaureateView view = views.find(MARITIMUS.value()).orElseThrow();
        assertThat(view).isEqualTo(folded(events));
        assertThat(view.status()).isEqualTo(LaureateStatus.PARTLY_FUNDED);
        assertThat(view.paid()).isEqualTo(euros("400000.00"));
        assertThat(view.payments()).extracting(PaymentLine::paymentId).containsExactly("P1", "P2");
        assertThat(view.version()).isEqualTo(4);
        assertThat(view.siret()).isEqualTo("73282932000074");
    }

    @Test
    void a_document_attached_is_a_row_with_who_attached_it_when_and_why_and_moves_the_laureate_s_version() {
        DocumentAttached convention = new DocumentAttached(MARITIMUS, "d-1", "a".repeat(64), 2048, "application/pdf",
                "convention.pdf", DocumentKind.CONVENTION, LocalDate.of(2023, 1, 10));
        DocumentAttached rib = new DocumentAttached(MARITIMUS, "d-2", "b".repeat(64), 512, "image/png", "rib.png",
                DocumentKind.RIB, LocalDate.of(2023, 2, 10));
        List<TrackedEventMessage<?>> events = given.by(new Provenance("agent", "Convention signée", "c-1"))
                .of(selected(MARITIMUS), convention, rib);

        fold(events);
        fold(events.subList(1, 3));

        assertThat(views.find(MARITIMUS.value()).orElseThrow().version()).isEqualTo(2);
        assertThat(documents.find("d-1")).contains(new DocumentView("d-1", MARITIMUS.value(), DocumentKind.CONVENTION,
                "convention.pdf", "application/pdf", 2048, "a".repeat(64), "agent",
                events.get(1).getTimestamp(), LocalDate.of(2023, 1, 10), "Convention signée"));
        assertThat(documents.of(MARITIMUS.value(), PointInTime.NOW)).extracting(DocumentView::id)
                .containsExactly("d-1", "d-2");
        assertThat(documents.of(MARITIMUS.value(), new PointInTime(null, LocalDate.of(2023, 1, 31))))
                .extracting(DocumentView::id).containsExactly("d-1");
        assertThat(documents.of(MARITIMUS.value(), new PointInTime(events.get(1).getTimestamp().minusSeconds(1), null)))
                .isEmpty();

        readModel.reset();
        assertThat(documents.find("d-1")).isEmpty();
    }

    @Test
    void batch_after_batch_each_view_is_the_one_all_its_events_give_with_every_payment() {
        List<TrackedEventMessage<?>> first = given.of(selected(MARITIMUS), selected(CAMPUS),
                notified(MARITIMUS, "800000.00"), paid(MARITIMUS, "P1", "300000.00"));
        List<TrackedEventMessage<?>> second = given.of(paid(MARITIMUS, "P2", "500000.00"),
                new LaureateRedirected(CAMPUS, new ProgrammeCode("DEFFINUM"), new ProgrammeCode("CMA"), "Ville durable", LocalDate.of(2022, 9, 1)));
        List<TrackedEventMessage<?>> third = given.of(
                new PaymentCancelled(MARITIMUS, "P1", euros("300000.00"), LocalDate.of(2023, 4, 1)),
                new AwardAmended(MARITIMUS, euros("800000.00"), euros("500000.00"), "AV-1", LocalDate.of(2023, 4, 2)),
                notified(CAMPUS, "200000.00"));

        fold(first);
        fold(second);
        fold(third);

        LaureateView maritimus = views.find(MARITIMUS.value()).orElseThrow();
        assertThat(maritimus).isEqualTo(folded(concat(first, second, third), MARITIMUS));
        assertThat(maritimus.payments()).hasSize(2);
        assertThat(maritimus.payments().get(0).cancelledOn()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(maritimus.payments().get(1).cancelledOn()).isNull();
        assertThat(maritimus.status()).isEqualTo(LaureateStatus.FULLY_FUNDED);
        LaureateView campus = views.find(CAMPUS.value()).orElseThrow();
        assertThat(campus).isEqualTo(folded(concat(first, second, third), CAMPUS));
        assertThat(campus.programme()).isEqualTo(new ProgrammeCode("CMA"));
        assertThat(campus.status()).isEqualTo(LaureateStatus.NOTIFIED);
    }

    @Test
    void corrections_evaluation_and_withdrawal_are_stored_as_folded() {
        List<TrackedEventMessage<?>> events = given.of(selected(MARITIMUS), notified(MARITIMUS, "800000.00"),
                paid(MARITIMUS, "P1", "600000.00"),
                new LaureateEvaluated(MARITIMUS, EvaluationOutcome.ACHIEVED, "Objectifs tenus", LocalDate.of(2023, 5, 1)),
                new PaymentRecovered(MARITIMUS, "R1", euros("100000.00"), LocalDate.of(2023, 6, 1)),
                new LaureateWithdrawn(MARITIMUS, LocalDate.of(2023, 7, 1)),
                new PaymentRecovered(MARITIMUS, "R2", euros("50000.00"), LocalDate.of(2023, 8, 1)));
        fold(events.subList(0, 4));
        fold(events.subList(4, 7));

        LaureateView view = views.find(MARITIMUS.value()).orElseThrow();
        assertThat(view).isEqualTo(folded(events));
        assertThat(view.status()).isEqualTo(LaureateStatus.WITHDRAWN);
        assertThat(view.awardedAmount()).isEqualTo(euros("450000.00"));
        assertThat(view.evaluation().comment()).isEqualTo("Objectifs tenus");
        assertThat(view.recoveries()).hasSize(2);
        assertThat(views.search(new LaureateFilter(null, LaureateStatus.WITHDRAWN, null, null)))
                .extracting(LaureateView::id).containsExactly(MARITIMUS.value());
    }

    @Test
    void the_status_searched_on_is_the_one_the_view_decided() {
        fold(given.of(selected(MARITIMUS), selected(CAMPUS), notified(MARITIMUS, "800000.00"),
                paid(MARITIMUS, "P1", "800000.00")));

        assertThat(views.search(new LaureateFilter(null, LaureateStatus.FULLY_FUNDED, null, null)))
                .extracting(LaureateView::id).containsExactly(MARITIMUS.value());
        assertThat(views.search(new LaureateFilter(null, LaureateStatus.SELECTED, null, null)))
                .extracting(LaureateView::id).containsExactly(CAMPUS.value());
        assertThat(views.search(LaureateFilter.ALL)).hasSize(2)
                .allSatisfy(view -> assertThat(views.find(view.id())).contains(view));
    }

    @Test
    void events_folded_in_again_change_no_row() {
        List<TrackedEventMessage<?>> events = given.of(selected(MARITIMUS), notified(MARITIMUS, "800000.00"),
                paid(MARITIMUS, "P1", "300000.00"),
                new PaymentCancelled(MARITIMUS, "P1", euros("300000.00"), LocalDate.of(2023, 4, 1)),
                paid(MARITIMUS, "P2", "200000.00"));
        fold(events);
        List<Map<String, Object>> rows = rows();
        assertThat(rows).hasSize(3);

        fold(events);
        fold(events.subList(2, 5));
        fold(events.subList(0, 1));

        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void a_replay_into_the_emptied_tables_gives_the_rows_its_processor_gave() {
        List<TrackedEventMessage<?>> events = given.of(selected(MARITIMUS), selected(CAMPUS),
                notified(MARITIMUS, "800000.00"), paid(MARITIMUS, "P1", "300000.00"),
                new PaymentCancelled(MARITIMUS, "P1", euros("300000.00"), LocalDate.of(2023, 4, 1)),
                paid(MARITIMUS, "P2", "200000.00"));
        fold(events.subList(0, 4));
        fold(events.subList(4, 6));
        List<Map<String, Object>> live = rows();
        assertThat(live).hasSize(4);

        readModel.reset();
        assertThat(rows()).isEmpty();
        transactions.executeWithoutResult(status -> readModel.fold(events.subList(0, 3), Source.REPLAY));
        transactions.executeWithoutResult(status -> readModel.fold(events.subList(3, 6), Source.REPLAY));

        assertThat(rows()).isEqualTo(live);
    }

    @Test
    void the_events_of_a_laureate_never_selected_are_left_out() {
        fold(given.of(notified(CAMPUS, "100000.00")));

        assertThat(views.find(CAMPUS.value())).isEmpty();
        assertThat(views.search(LaureateFilter.ALL)).isEmpty();
    }

    @Test
    void a_wait_for_a_version_ends_once_the_batch_holding_it_commits() throws Exception {
        CompletableFuture<Optional<LaureateView>> waiting = CompletableFuture.supplyAsync(
                () -> views.awaitVersion(MARITIMUS.value(), 1, Duration.ofSeconds(10)));

        fold(given.of(selected(MARITIMUS), notified(MARITIMUS, "800000.00")));

        Optional<LaureateView> seen = waiting.get(10, TimeUnit.SECONDS);
        assertThat(seen).isPresent();
        assertThat(seen.get().version()).isEqualTo(1);
        assertThat(views.awaitVersion(MARITIMUS.value(), 2, Duration.ofMillis(50))).isEmpty();
    }

    private void fold(List<TrackedEventMessage<?>> events) {
        transactions.executeWithoutResult(status -> readModel.fold(events, Source.PROCESSOR));
    }

    private List<Map<String, Object>> rows() {
        List<Map<String, Object>> rows = new java.util.ArrayList<>(
                jdbc.queryForList("SELECT * FROM laureate_view ORDER BY laureate_id"));
        rows.addAll(jdbc.queryForList("SELECT laureate_id, payment_id, amount, kind, paid_on, cancelled_on "
                + "FROM laureate_payment ORDER BY laureate_id, line_id"));
        return rows;
    }

    /** The view the events of their only laureate give, folded in memory. */
    private static LaureateView folded(List<TrackedEventMessage<?>> events) {
        return folded(events, ((LaureateEvent) events.get(0).getPayload()).laureateId());
    }

    private static LaureateView folded(List<TrackedEventMessage<?>> events, LaureateId id) {
        LaureateView view = null;
        long version = 0;
        for (TrackedEventMessage<?> message : events) {
            LaureateEvent event = (LaureateEvent) message.getPayload();
            if (event.laureateId().equals(id)) {
                view = view == null ? LaureateView.selected((LaureateSelected) event, version) : view.fold(event, version);
                version++;
            }
        }
        return view;
    }

    @SafeVarargs
    private static List<TrackedEventMessage<?>> concat(List<TrackedEventMessage<?>>... batches) {
        return java.util.Arrays.stream(batches).flatMap(List::stream).toList();
    }

    private static LaureateSelected selected(LaureateId id) {
        return new LaureateSelected(id, id.value().toUpperCase(), "Projet " + id.value(), "Porteur", "Transport maritime",
                Sector.TRANSPORT.name(), null, new ProgrammeCode("DEFFINUM"), euros("1976800.00"), euros("1383760.00"),
                LocalDate.of(2022, 7, 1));
    }

    private static DecisionNotified notified(LaureateId id, String amount) {
        return new DecisionNotified(id, euros(amount), "DEC-" + id.value(), LocalDate.of(2023, 1, 15));
    }

    private static PaymentMade paid(LaureateId id, String paymentId, String amount) {
        return new PaymentMade(id, paymentId, euros(amount), PaymentKind.INTERIM, LocalDate.of(2023, 3, 1));
    }
}
