package fr.deffinum.api.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.deffinum.api.Http;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The laureates' events read back from the store over JDBC, and what they say: each laureate's maximum, awarded
 * amount, paid amount and version recomputed from its selections, redirections, notifications and
 * payments, and the number of events, to hold the read side of the API against.
 */
public final class StoredEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENTS = "fr.deffinum.domain.laureate.events.";
    private static final String SEED = "press-release-2022";

    /** A laureate as its events make it; {@code awarded} is null until notified. */
    public record Figures(String programme, BigDecimal maxGrant, BigDecimal awarded, BigDecimal paid, long version) {
    }

    private final Map<String, Integer> eventsByCorrelation = new HashMap<>();
    private final Map<String, Figures> laureates = new LinkedHashMap<>();
    private int total;

    private StoredEvents() {
    }

    public static StoredEvents read(String jdbcUrl) throws SQLException {
        StoredEvents events = new StoredEvents();
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT aggregateidentifier, sequencenumber, payloadtype,"
                     + " convert_from(payload, 'UTF8'), convert_from(metadata, 'UTF8')"
                     + " FROM domainevententry WHERE type = 'Laureate' ORDER BY globalindex")) {
            while (rows.next()) {
                events.fold(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4), rows.getString(5));
            }
        }
        return events;
    }

    public int total() {
        return total;
    }

    /** How many events the request with that correlation id recorded. */
    public int eventsOf(String correlationId) {
        return eventsByCorrelation.getOrDefault(correlationId, 0);
    }

    /** Whether every event of that request is in the store. */
    public boolean holdsAllOf(WriteLoad.Request request) {
        return eventsOf(request.correlationId()) == request.events();
    }

    /** Whether some of its events are, but not all: a unit of work half-written. */
    public boolean holdsPartOf(WriteLoad.Request request) {
        int recorded = eventsOf(request.correlationId());
        return recorded != 0 && recorded != request.events();
    }

    /** Events recorded under none of these correlation ids, the seed's excepted. */
    public int eventsOutside(Set<String> correlationIds) {
        return eventsByCorrelation.entrySet().stream()
                .filter(entry -> !correlationIds.contains(entry.getKey()) && !entry.getKey().equals(SEED))
                .mapToInt(Map.Entry::getValue).sum();
    }

    public Map<String, Figures> laureates() {
        return laureates;
    }

    /**
     * Where the laureates' list, the dashboard and the audit journal of that instance differ from
     * what the events say; empty if nowhere.
     */
    public List<String> mismatchesWith(Http http) {
        List<String> mismatches = new ArrayList<>();
        Map<String, JsonNode> listed = new HashMap<>();
        http.get("/api/laureates", "auditor").json().forEach(row -> listed.put(row.get("id").asText(), row));
        laureates.forEach((id, figures) -> {
            JsonNode row = listed.get(id);
            if (row == null) {
                mismatches.add(id + " not listed");
                return;
            }
            String basis = figures.awarded() == null ? "MAXIMUM" : "FIRM";
            compare(mismatches, id + " basis", basis, row.get("amountBasis").asText());
            compare(mismatches, id + " paid", figures.paid(), row.get("paid").decimalValue());
            compare(mismatches, id + " version", figures.version(), row.get("version").asLong());
            if (figures.awarded() != null) {
                compare(mismatches, id + " awarded", figures.awarded(), row.get("awardedAmount").decimalValue());
            }
        });
        compare(mismatches, "laureates listed", laureates.size(), listed.size());
        compare(mismatches, "audit entries", (long) total, http.get("/api/audit?size=1", "auditor").json()
                .get("total").asLong());
        Map<String, Map<String, BigDecimal>> expected = programmes();
        JsonNode rows = http.get("/api/dashboard", "auditor").json().get("programmes");
        compare(mismatches, "dashboard programmes", expected.size(), rows.size());
        for (JsonNode row : rows) {
            Map<String, BigDecimal> figures = expected.getOrDefault(row.get("programme").asText(), Map.of());
            figures.forEach((figure, value) -> compare(mismatches, "dashboard " + row.get("programme").asText()
                    + " " + figure, value, row.get(figure).decimalValue()));
        }
        return mismatches;
    }

    /** Waits, within that bound, for the read side to agree with the events; answers the last mismatches seen. */
    public List<String> awaitAgreement(Http http, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> mismatches = mismatchesWith(http);
        while (!mismatches.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            mismatches = mismatchesWith(http);
        }
        return mismatches;
    }

    private Map<String, Map<String, BigDecimal>> programmes() {
        Map<String, Map<String, BigDecimal>> programmes = new LinkedHashMap<>();
        laureates.values().forEach(figures -> {
            Map<String, BigDecimal> sums = programmes.computeIfAbsent(figures.programme(), key -> new LinkedHashMap<>());
            boolean notified = figures.awarded() != null;
            add(sums, "laureates", BigDecimal.ONE);
            add(sums, "maxGrant", figures.maxGrant());
            add(sums, "awarded", notified ? figures.awarded() : BigDecimal.ZERO);
            add(sums, "pendingMaximum", notified ? BigDecimal.ZERO : figures.maxGrant());
            add(sums, "released", notified ? figures.maxGrant().subtract(figures.awarded()) : BigDecimal.ZERO);
            add(sums, "paid", figures.paid());
        });
        return programmes;
    }

    private void fold(String laureate, long sequence, String type, String payload, String metadata) {
        total++;
        String correlation = metadata == null ? "" : text(json(metadata), "correlationId");
        eventsByCorrelation.merge(correlation, 1, Integer::sum);
        JsonNode event = json(payload);
        Figures before = laureates.get(laureate);
        Figures after = switch (type.substring(EVENTS.length())) {
            case "LaureateSelected" -> new Figures(text(event, "programme"), event.get("maximumGrant").decimalValue(),
                    null, BigDecimal.ZERO, sequence);
            case "LaureateRedirected" -> new Figures(text(event, "to"), before.maxGrant(), before.awarded(), before.paid(),
                    sequence);
            case "DecisionNotified" -> new Figures(before.programme(), before.maxGrant(),
                    event.get("awardedAmount").decimalValue(), before.paid(), sequence);
            case "PaymentMade" -> new Figures(before.programme(), before.maxGrant(), before.awarded(),
                    before.paid().add(event.get("amount").decimalValue()), sequence);
            default -> throw new AssertionError("An event these tests never send: " + type);
        };
        laureates.put(laureate, after);
    }

    private static void add(Map<String, BigDecimal> sums, String figure, BigDecimal value) {
        sums.merge(figure, value, BigDecimal::add);
    }

    private static void compare(List<String> mismatches, String what, Object expected, Object actual) {
        boolean equal = expected instanceof BigDecimal amount && actual instanceof BigDecimal other
                ? amount.compareTo(other) == 0 : Objects.equals(expected, actual);
        if (!equal) {
            mismatches.add(what + ": events say " + expected + ", read side " + actual);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? "" : value.asText();
    }

    private static JsonNode json(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Not JSON in the event store: " + json, e);
        }
    }
}
