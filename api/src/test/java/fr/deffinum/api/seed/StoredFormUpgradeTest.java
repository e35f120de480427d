package fr.deffinum.api.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.ProgrammeStreams;
import fr.deffinum.application.importing.PressReleaseImport;
import fr.deffinum.application.importing.ProgrammesUpgrade;
import fr.deffinum.application.programme.Programmes;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application started on a store written by the version before programmes were data, as that
 * version stored it ({@code stored-forms/v1/domainevententry.csv}: the seed's 62 selections and 12
 * redirections to CMA, then a notification, a payment, a withdrawal and an amendment), loaded
 * between the migrations and the start. The store gains DEFFINUM's and CMA's streams with what each
 * laureate holds, and nothing else: every stored row is untouched, and every figure the previous
 * version answered on that store ({@code dashboard.json}, {@code dashboard-effective-2023-02-15.json},
 * {@code laureates.json}) is answered again.
 */
@Import(StoredFormUpgradeTest.StoredFormBeforeStart.class)
class StoredFormUpgradeTest extends ApiTest {

    private static final String FORM = "stored-forms/v1/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> COLUMNS = List.of("aggregateidentifier", "sequencenumber", "type",
            "eventidentifier", "metadata", "payload", "payloadrevision", "payloadtype", "timestamp");

    @Autowired
    Programmes programmes;
    @Autowired
    ProgrammesUpgrade upgrade;
    @Autowired
    PressReleaseImport pressRelease;

    /**
     * Loads the stored form once the migrations have run, before anything of the application starts.
     * Imported, not a {@code @Configuration}: the applications other tests start must not scan it.
     */
    static class StoredFormBeforeStart {

        @Bean
        FlywayMigrationStrategy migrateThenLoadTheStoredForm() {
            return flyway -> {
                flyway.migrate();
                load(database().owner());
            };
        }
    }

    @Test
    void every_row_of_the_stored_form_is_left_as_it_was_and_only_programme_events_are_added() {
        Map<Long, CSVRecord> stored = new HashMap<>();
        storedRows().forEach(row -> stored.put(Long.parseLong(row.get("globalindex")), row));
        assertThat(stored).hasSize(78);

        List<Map<String, Object>> now = jdbc.queryForList("""
                SELECT globalindex, aggregateidentifier, sequencenumber::text AS sequencenumber, type, eventidentifier,
                       '\\x' || encode(metadata, 'hex') AS metadata, '\\x' || encode(payload, 'hex') AS payload,
                       payloadrevision, payloadtype, timestamp
                FROM domainevententry ORDER BY globalindex""");

        List<Map<String, Object>> original = now.stream().filter(row -> stored.containsKey((Long) row.get("globalindex")))
                .toList();
        assertThat(original).hasSize(78);
        original.forEach(row -> COLUMNS.forEach(column -> assertThat(row.get(column)).as(column + " of event "
                + row.get("globalindex")).isEqualTo(stored.get((Long) row.get("globalindex")).get(column))));
        List<Map<String, Object>> added = now.stream().filter(row -> !stored.containsKey((Long) row.get("globalindex")))
                .toList();
        assertThat(added).allSatisfy(row -> assertThat(row.get("type")).isEqualTo("Programme"));
        assertThat(added).as("2 openings, a reservation for each of the 61 laureates holding something (ESPRIT"
                + " withdrew before any payment), the run's officer put in charge of each programme").hasSize(65);
        assertThat(added).extracting(row -> (Long) row.get("globalindex")).allSatisfy(index -> assertThat(index)
                .isGreaterThan(78L));
    }

    @Test
    void deffinum_holds_what_its_laureates_still_engage_and_cma_the_maxima_of_its_twelve() throws IOException {
        JsonNode before = fixture("dashboard.json").get("programmes");
        BigDecimal deffinum = before.get(0).get("awarded").decimalValue().add(before.get(0).get("pendingMaximum")
                .decimalValue());

        assertThat(deffinum).isEqualByComparingTo("87753167.00");
        assertThat(ProgrammeStreams.exposure(jdbc, "DEFFINUM")).isEqualByComparingTo(deffinum);
        assertThat(ProgrammeStreams.exposure(jdbc, "CMA")).isEqualByComparingTo("45011922.00");
        assertThat(programmes.find(new ProgrammeCode("DEFFINUM")).orElseThrow().envelope().amount())
                .isEqualByComparingTo("100000000.00");
        assertThat(programmes.find(new ProgrammeCode("CMA")).orElseThrow().envelope()).isNull();
        Map<String, JsonNode> listed = new HashMap<>();
        http.get("/api/programmes", "auditor").json().forEach(row -> listed.put(row.get("code").asText(), row));
        assertThat(listed).containsOnlyKeys("DEFFINUM", "CMA");
        assertThat(listed.get("DEFFINUM").get("exposure").decimalValue()).isEqualByComparingTo("87753167.00");
        assertThat(listed.get("DEFFINUM").get("available").decimalValue()).isEqualByComparingTo("12246833.00");
        assertThat(listed.get("DEFFINUM").get("laureates").asInt()).isEqualTo(50);
        assertThat(listed.get("CMA").get("exposure").decimalValue()).isEqualByComparingTo("45011922.00");
        assertThat(listed.get("CMA").get("laureates").asInt()).isEqualTo(12);
        String maritimus = jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domainevententry
                WHERE aggregateidentifier = 'DEFFINUM' AND convert_from(payload, 'UTF8')::jsonb ->> 'laureateId' = ?""",
                String.class, MARITIMUS);
        assertThat(JSON.readTree(maritimus).get("amount").decimalValue()).as("its amended award")
                .isEqualByComparingTo("1250000.00");
        assertThat(JSON.readTree(maritimus).get("effectiveOn").asText()).as("its latest step, the amendment")
                .isEqualTo("2023-03-01");
    }

    @Test
    void the_dashboards_and_the_list_answer_what_the_previous_version_answered_on_that_store() throws IOException {
        assertSameFigures(fixture("dashboard.json"), http.get("/api/dashboard", "auditor").json());
        assertSameFigures(fixture("dashboard-effective-2023-02-15.json"),
                http.get("/api/dashboard?effectiveOn=2023-02-15", "auditor").json());
        Map<String, JsonNode> listed = new HashMap<>();
        http.get("/api/laureates", "auditor").json().forEach(row -> listed.put(row.get("id").asText(), row));
        JsonNode laureates = fixture("laureates.json");
        assertThat(listed).hasSize(laureates.size());
        laureates.forEach(laureate -> assertSameFields(laureate, listed.get(laureate.get("id").asText()),
                laureate.get("reference").asText()));
    }

    @Test
    void the_chain_of_every_stream_old_and_new_still_verifies() {
        JsonNode verified = http.get("/api/audit/verify", "auditor").json();

        assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.get("eventsChecked").asLong()).isEqualTo(storedEvents());
    }

    @Test
    void the_steps_of_a_later_start_record_nothing_more() {
        long before = storedEvents();

        assertThat(upgrade.run()).isZero();
        assertThat(pressRelease.run(Set.of())).isZero();

        assertThat(storedEvents()).isEqualTo(before);
    }

    private static void assertSameFigures(JsonNode expected, JsonNode actual) {
        expected.fieldNames().forEachRemaining(grouping -> {
            Map<String, JsonNode> rows = new HashMap<>();
            actual.get(grouping).forEach(row -> rows.put(key(row), row));
            assertThat(rows).as(grouping).hasSize(expected.get(grouping).size());
            expected.get(grouping).forEach(row -> assertSameFields(row, rows.get(key(row)), grouping + " " + key(row)));
        });
    }

    /** Every field the previous version answered, with the same value; amounts compared as numbers. */
    private static void assertSameFields(JsonNode expected, JsonNode actual, String what) {
        assertThat(actual).as(what).isNotNull();
        expected.fields().forEachRemaining(field -> {
            JsonNode value = actual.get(field.getKey());
            assertThat(value).as(what + " " + field.getKey()).isNotNull();
            if (field.getValue().isNumber()) {
                assertThat(value.decimalValue()).as(what + " " + field.getKey())
                        .isEqualByComparingTo(field.getValue().decimalValue());
            } else {
                assertThat(value).as(what + " " + field.getKey()).isEqualTo(field.getValue());
            }
        });
    }

    private static String key(JsonNode row) {
        return row.fields().next().getValue().asText();
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return JSON.readTree(in);
        }
    }

    private static List<CSVRecord> storedRows() {
        try (Reader reader = new InputStreamReader(resource("domainevententry.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows as they were stored, their global index included, then the index's sequence moved past them. */
    private static void load(DataSource owner) {
        try (Connection connection = owner.getConnection();
             Reader rows = new InputStreamReader(resource("domainevententry.csv"), StandardCharsets.UTF_8)) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY domainevententry (globalindex, "
                    + String.join(", ", COLUMNS) + ") FROM STDIN WITH (FORMAT csv, HEADER true)", rows);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot load the stored form", e);
        }
        new JdbcTemplate(owner).execute("SELECT setval(pg_get_serial_sequence('domainevententry', 'globalindex'),"
                + " (SELECT max(globalindex) FROM domainevententry))");
    }

    private static InputStream resource(String name) {
        return StoredFormUpgradeTest.class.getClassLoader().getResourceAsStream(FORM + name);
    }
}
