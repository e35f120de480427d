package fr.deffinum.infrastructure.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.LaureateViews;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.laureate.commands.MakePayment;
import fr.deffinum.domain.laureate.commands.NotifyDecision;
import fr.deffinum.domain.laureate.commands.SelectLaureate;
import fr.deffinum.domain.money.Money;
import fr.deffinum.infrastructure.testing.PostgresIntegrationTest;
import fr.deffinum.infrastructure.testing.TestProgrammes;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(properties = "deffinum.snapshot-threshold=3")
class EventStoreIntegrationTest extends PostgresIntegrationTest {

    private static final LaureateId MARITIMUS = new LaureateId("maritimus");
    private static final Provenance OFFICER = new Provenance("officer", "Arrêté n° 2023-001", "corr-1");

    @Autowired
    LaureateRecorder recorder;
    @Autowired
    LaureateViews views;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void openTheProgrammes() {
        TestProgrammes.open(recorder, "DEFFINUM", "CMA");
    }

    @Test
    void events_are_stored_as_json_with_their_provenance_and_the_aggregate_loads_back_from_them() {
        recordMaritimusPaidTwice();

        assertThatThrownBy(() -> recorder.send(payment("p-3", "500000.01"), OFFICER))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.rule()).isEqualTo(Rule.PAYMENT_ABOVE_AWARDED));
        recorder.send(payment("p-3", "500000.00"), OFFICER);

        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT sequencenumber, payloadtype, convert_from(payload, 'UTF8')::jsonb AS payload,
                       convert_from(metadata, 'UTF8')::jsonb ->> 'actor' AS actor,
                       convert_from(metadata, 'UTF8')::jsonb ->> 'reason' AS reason,
                       convert_from(metadata, 'UTF8')::jsonb ->> 'correlationId' AS correlation
                FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber""", MARITIMUS.value());
        rows.forEach(row -> System.out.println("domainevententry " + row));
        assertThat(rows).hasSize(5);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("actor")).isEqualTo("officer");
            assertThat(row.get("reason")).isEqualTo("Arrêté n° 2023-001");
            assertThat(row.get("correlation")).isEqualTo("corr-1");
        });
        assertThat(rows.get(1).get("payloadtype")).isEqualTo("fr.deffinum.domain.laureate.events.DecisionNotified");
        assertThat(rows.get(1).get("payload").toString()).contains("\"awardedAmount\": 1300000.00");
    }

    @Test
    void the_event_table_keeps_payloads_in_bytea_and_its_global_index_on_a_sequence_of_its_own() {
        assertThat(jdbc.queryForList("""
                SELECT data_type FROM information_schema.columns
                WHERE table_name = 'domainevententry' AND column_name IN ('payload', 'metadata')""", String.class))
                .containsOnly("bytea");
        assertThat(jdbc.queryForObject("SELECT is_identity FROM information_schema.columns "
                + "WHERE table_name = 'domainevententry' AND column_name = 'globalindex'", String.class))
                .isEqualTo("YES");
    }

    @Test
    void a_snapshot_is_taken_after_the_configured_number_of_events_and_loading_from_it_keeps_every_rule() {
        LaureateId id = new LaureateId("snapshot-subject");
        recorder.send(select(id), OFFICER);
        recorder.send(new NotifyDecision(id, Money.euros("1000.00"), "D-1", LocalDate.of(2023, 1, 15)), OFFICER);
        for (int i = 1; i <= 4; i++) {
            recorder.send(new MakePayment(id, "s-" + i, Money.euros("100.00"), PaymentKind.INTERIM,
                    LocalDate.of(2023, 2, i)), OFFICER);
        }

        // taken on a thread of its own once the commit that called for it is done
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?", Integer.class, id.value()))
                .isPositive());
        recorder.send(new MakePayment(id, "s-1", Money.euros("100.00"), PaymentKind.INTERIM,
                LocalDate.of(2023, 2, 1)), OFFICER);
        assertThatThrownBy(() -> recorder.send(new MakePayment(id, "s-9", Money.euros("600.01"), PaymentKind.BALANCE,
                LocalDate.of(2023, 3, 1)), OFFICER))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.rule()).isEqualTo(Rule.PAYMENT_ABOVE_AWARDED));
    }

    @Test
    void the_projection_folds_the_stored_events_into_the_laureate_view() {
        LaureateId id = new LaureateId("projected");
        recorder.send(select(id), OFFICER);
        recorder.send(new NotifyDecision(id, Money.euros("1000.00"), "D-2", LocalDate.of(2023, 1, 15)), OFFICER);
        recorder.send(new MakePayment(id, "x-1", Money.euros("1000.00"), PaymentKind.BALANCE,
                LocalDate.of(2023, 2, 1)), OFFICER);

        LaureateView view = views.awaitVersion(id.value(), 2, Duration.ofSeconds(10)).orElseThrow();
        assertThat(view.status()).isEqualTo(LaureateStatus.FULLY_FUNDED);
        assertThat(view.awardedAmount()).isEqualTo(Money.euros("1000.00"));
        assertThat(view.paid()).isEqualTo(Money.euros("1000.00"));
        assertThat(view.payments()).hasSize(1);
    }

    private void recordMaritimusPaidTwice() {
        recorder.send(select(MARITIMUS), OFFICER);
        recorder.send(new NotifyDecision(MARITIMUS, Money.euros("1300000.00"), "DEC-2023-017",
                LocalDate.of(2023, 1, 15)), OFFICER);
        recorder.send(payment("p-1", "400000.00"), OFFICER);
        recorder.send(payment("p-2", "400000.00"), OFFICER);
    }

    private static MakePayment payment(String id, String amount) {
        return new MakePayment(MARITIMUS, id, Money.euros(amount), PaymentKind.INTERIM, LocalDate.of(2023, 3, 1));
    }

    private static SelectLaureate select(LaureateId id) {
        return new SelectLaureate(id, new ProgrammeCode("DEFFINUM"), "REF-" + id.value(), "MARITIMUS", "Centre Européen de Formation Continue Maritime",
                "Transport maritime", Sector.TRANSPORT.name(), null, Money.euros("1976800"), Money.euros("1383760"),
                LocalDate.of(2022, 7, 1));
    }
}
