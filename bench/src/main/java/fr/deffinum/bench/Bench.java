package fr.deffinum.bench;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.laureate.commands.MakePayment;
import fr.deffinum.domain.laureate.commands.NotifyDecision;
import fr.deffinum.domain.money.Money;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * One run: a generated programme on a database of its own, the application jar serving it, and
 * each figure printed beside what raw PostgreSQL does on the same database in the same run.
 */
public final class Bench {

    private static final Map<String, String> PROVENANCE = Map.of("actor", "bench:officer",
            "reason", "Mesure de performance", "correlationId", "bench");
    private static final double COMMAND_TARGET = 0.25;
    private static final double REBUILD_TARGET = 0.25;
    private static final double IMPORT_TARGET = 0.25;
    /** Requests sent before every latency figure, and not counted in it. */
    private static final int WARM_UP_PER_CLIENT = 100;
    /** The laureates the import notifies, the last undecided ones: the command runs notify from the first. */
    private static final int IMPORT_NOTIFICATIONS = 200;

    private final Options options;
    private final Report report = new Report();
    private final AtomicInteger nextUndecided = new AtomicInteger();
    private final AtomicInteger nextPayment = new AtomicInteger();
    /** The laureate of each HTTP client's current request: its path and its body are built apart. */
    private final ThreadLocal<Integer> lastNotified = new ThreadLocal<>();
    private final ThreadLocal<Integer> payee = new ThreadLocal<>();
    private GeneratedProgramme programme;
    private int undecided;
    private ApiClient api;

    private Bench(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        int status = 0;
        try {
            new Bench(Options.parse(args)).run();
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        // Axon leaves a non-daemon janitor thread behind: a batch program ends explicitly.
        System.exit(status);
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        undecided = Math.min(options.laureates() - 1,
                Math.max(options.laureates() / 20, 2 * options.commandsPerRun() + 10 + IMPORT_NOTIFICATIONS));
        programme = new GeneratedProgramme(options.laureates(), options.events(), undecided);
        try (BenchDatabase database = new BenchDatabase(options.serverUrl());
             ApplicationProcess application = new ApplicationProcess(options.applicationJar(), database.jdbcUrl(), options.port())) {
            report.note("PostgreSQL " + database.serverVersion() + "; " + Runtime.getRuntime().availableProcessors()
                    + " cores; java " + System.getProperty("java.version"));
            try {
                measure(database, application, started);
            } catch (Exception failure) {
                System.err.println("The run failed; the end of the application's log:\n" + application.logTail(80));
                throw failure;
            }
        }
        report.note("Whole run: %.0f s.".formatted((System.nanoTime() - started) / 1e9));
        System.out.println();
        System.out.print(report.render());
    }

    private void measure(BenchDatabase database, ApplicationProcess application, long started) throws Exception {
        api = new ApiClient(options.port(), ApplicationProcess.USER, ApplicationProcess.PASSWORD);
        application.awaitReady(api, Duration.ofMinutes(3));
        step("application ready (62 laureates seeded)", started);
        RawPostgres raw = new RawPostgres(database);
        queries("62", firstLaureate());
        try (WriterInstance writer = WriterInstance.start(database.jdbcUrl())) {
            bulkLoad(writer);
            awaitProjections();
            step("programme loaded and projected", started);
            rebuild(raw, database);
            step("rebuild measured", started);
            queries("%,d".formatted(options.laureates() + 62), GeneratedProgramme.id(undecided).value());
            step("queries measured", started);
            operationsImport(raw, application);
            step("import measured", started);
            commands(raw, writer.commands());
            step("commands measured", started);
        }
        proposalPairs();
        freshness();
        report.value("application heap after the load (after a full GC)", application.heapAfterGcMiB() + " MiB");
    }

    private void bulkLoad(WriterInstance writer) {
        long started = System.nanoTime();
        long[] events = new long[1];
        programme.generate(1_000, batch -> {
            writer.transactions().executeInTransaction(() -> writer.storage().appendEvents(batch));
            events[0] += batch.size();
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        report.value("bulk import through the EventStorageEngine", "%,d events in %.0f s (%,.0f /s)"
                .formatted(events[0], seconds, events[0] / seconds));
    }

    private void awaitProjections() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (!caughtUp()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The projections did not catch up");
            }
            Thread.sleep(500);
        }
    }

    private boolean caughtUp() throws Exception {
        for (JsonNode projection : api.getJson("/api/admin/projections")) {
            if (projection.get("position").asLong() < projection.get("head").asLong()) {
                return false;
            }
        }
        return true;
    }

    private void rebuild(RawPostgres raw, BenchDatabase database) throws Exception {
        long events;
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM domainevententry")) {
            rs.next();
            events = rs.getLong(1);
        }
        double baseline = raw.sequentialReadPerSecond();
        long started = System.nanoTime();
        int status = api.post("/api/admin/projections/rebuild", "");
        if (status != 200) {
            throw new IllegalStateException("The rebuild answered " + status);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        report.throughput("rebuild: %,d events into every projection, from empty (%.1f s)".formatted(events, seconds),
                events / seconds, baseline, "sequential read", REBUILD_TARGET);
        report.value("laureate_view after the rebuild (the table the dashboard scans)", tableSize(database, "laureate_view"));
    }

    private static String tableSize(BenchDatabase database, String table) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT pg_size_pretty(pg_relation_size('" + table + "'))")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void queries(String size, String laureate) throws Exception {
        int clients = 32;
        Map<String, String> paths = Map.of(
                "dashboard", "/api/dashboard",
                "filtered list", "/api/laureates?programme=BENCH-2030-CMA&sector=TECHNOLOGY&status=EVALUATED",
                "one laureate's history", "/api/laureates/" + laureate + "/events");
        for (String name : List.of("dashboard", "filtered list", "one laureate's history")) {
            String path = paths.get(name);
            Load.run(clients, clients * WARM_UP_PER_CLIENT, (client, index) -> api.get(path) == 200);
            Latencies measured = Load.run(clients, clients * options.queriesPerClient(), (client, index) -> {
                int status = api.get(path);
                if (status != 200) {
                    throw new IllegalStateException(path + " answered " + status);
                }
                return true;
            });
            report.latency("query at " + size + " laureates: " + name, clients, measured,
                    name.equals("one laureate's history") ? 0 : 20);
            Optional<String> etag = api.etag(path);
            if (etag.isPresent()) {
                revalidations(size + " laureates: " + name, path, etag.get(), clients);
            }
        }
    }

    /** The same read by clients that hold its current ETag: a 304 with no body. */
    private void revalidations(String name, String path, String etag, int clients) throws Exception {
        Load.run(clients, clients * WARM_UP_PER_CLIENT, (client, index) -> api.revalidate(path, etag) == 304);
        Latencies measured = Load.run(clients, clients * options.queriesPerClient(), (client, index) -> {
            if (api.revalidate(path, etag) != 304) {
                throw new IllegalStateException(path + " did not answer 304 to its own ETag");
            }
            return true;
        });
        report.latency("query at " + name + ", revalidated (If-None-Match, 304)", clients, measured, 20);
    }

    private void commands(RawPostgres raw, CommandGateway gateway) throws Exception {
        Load.run(4, 200, (client, index) -> api.post(paymentPath(), paymentBody(index)) == 200);
        Load.run(4, 200, (client, index) -> sendPayment(gateway, index));
        for (int clients : List.of(1, 8)) {
            Latencies baseline = raw.insertCommits(clients, options.commandsPerRun());
            Latencies http = Load.run(clients, options.commandsPerRun(), (client, index) -> index % 2 == 0
                    ? api.post(notificationPath(), notificationBody()) == 200
                    : api.post(paymentPath(), paymentBody(index)) == 200);
            Latencies viaGateway = Load.run(clients, options.commandsPerRun(), (client, index) -> index % 2 == 0
                    ? sendNotification(gateway) : sendPayment(gateway, index));
            report.rate("commands through HTTP (notifications and payments, %d refused)".formatted(http.failures()),
                    clients, http, baseline.perSecond(), "insert commits", COMMAND_TARGET);
            report.rate("commands through the command gateway (%d refused)".formatted(viaGateway.failures()),
                    clients, viaGateway, baseline.perSecond(), "insert commits", COMMAND_TARGET);
            report.latency("raw single-row insert commits", clients, baseline, 0);
        }
    }

    /**
     * A 100,000-line file (notifications, then payments over every decided laureate) recorded all at
     * once, against appending as many rows in batches; then the same file with a bad line near its
     * end, which must record nothing and name that line.
     */
    private void operationsImport(RawPostgres raw, ApplicationProcess application) throws Exception {
        int lines = options.importLines();
        int notifications = Math.min(IMPORT_NOTIFICATIONS, undecided / 2);
        int badLine = lines - 1;
        String bad = OperationsFile.of(programme, lines, undecided - notifications, undecided, options.laureates() - 1,
                badLine, "IMPB");
        long eventsBefore = api.getJson("/api/admin/projections").get(0).get("head").asLong();
        long started = System.nanoTime();
        ApiClient.Answer refused = api.postForAnswer("/api/imports/notifications", "text/csv", bad);
        double refusedSeconds = (System.nanoTime() - started) / 1e9;
        JsonNode errors = refused.json() == null ? null : refused.json().get("errors");
        if (refused.status() != 422 || errors == null || errors.size() != 1 || errors.get(0).get("line").asInt() != badLine
                || api.getJson("/api/admin/projections").get(0).get("head").asLong() != eventsBefore) {
            throw new IllegalStateException("The file with a bad line was not refused whole: " + refused);
        }
        report.value("import of %,d lines, line %,d bad: 422 naming line %,d and code %s, events before = after"
                .formatted(lines, badLine, badLine, errors.get(0).get("code").asText()), "%.1f s".formatted(refusedSeconds));

        String good = OperationsFile.of(programme, lines, undecided - notifications, undecided, options.laureates() - 1,
                0, "IMP");
        double baseline = raw.batchedAppendPerSecond(lines);
        long start = System.nanoTime();
        CompletableFuture<ApiClient.Answer> answer = CompletableFuture.supplyAsync(() -> {
            try {
                return api.postForAnswer("/api/imports/notifications", "text/csv", good, "X-Import-Id", "bench-import");
            } catch (Exception failure) {
                throw new IllegalStateException(failure);
            }
        });
        long recorded = 0;
        while (recorded == 0 && !answer.isDone()) {
            Thread.sleep(20);
            JsonNode progress = api.getJsonIfFound("/api/imports/bench-import");
            if (progress != null && progress.get("phase").asText().equals("RECORDED")) {
                recorded = System.nanoTime();
            }
        }
        ApiClient.Answer imported = answer.get();
        long answered = System.nanoTime();
        if (imported.status() != 200 || recorded == 0) {
            throw new IllegalStateException("The import answered " + imported.status() + ": " + imported.json());
        }
        double seconds = (recorded - start) / 1e9;
        report.throughput("import of %,d lines (%d notifications, %,d payments over %,d laureates), all or none, until recorded: %.1f s"
                        .formatted(lines, notifications, lines - notifications, options.laureates() - 1 - undecided, seconds),
                lines / seconds, baseline, "batched append of as many rows", IMPORT_TARGET);
        report.value("the import's answer, once the laureates' view shows it (at most deffinum.read-your-writes-wait)",
                "%.1f s after the start".formatted((answered - start) / 1e9));
        awaitProjections();
        report.value("every projection showing the import", "%.1f s after the start".formatted(
                (System.nanoTime() - start) / 1e9));
        report.value("application heap after the import (after a full GC)", application.heapAfterGcMiB() + " MiB");
    }

    /**
     * A payment proposed by one person and approved by another, on a programme whose policy holds
     * payments: the two requests of a money movement on two signatures, one pair after the other.
     */
    private void proposalPairs() throws Exception {
        String policy = """
                {"operations": ["PAYMENT"], "reason": "Deux signatures pour la mesure"}
                """;
        if (api.put("/api/programmes/" + GeneratedProgramme.REDIRECTED_TO.value() + "/approval-policy", policy) != 200) {
            throw new IllegalStateException("The approval policy was not set");
        }
        ApiClient approver = new ApiClient(options.port(), ApplicationProcess.APPROVER, ApplicationProcess.PASSWORD);
        int pairs = options.commandsPerRun() / 4;
        Load.run(1, 20, (client, index) -> proposeAndApprove(approver, "PW-" + index));
        Latencies measured = Load.run(1, pairs, (client, index) -> proposeAndApprove(approver, "PP-" + index));
        report.latency("payment proposed (202) then approved by another person (200), the pair", 1, measured, 0);
    }

    private boolean proposeAndApprove(ApiClient approver, String paymentId) throws Exception {
        int redirected = undecided + (5 - undecided % 5) % 5;
        String body = """
                {"paymentId": "%s", "amount": 1.00, "kind": "INTERIM", "paidOn": "2025-06-02", "reason": "Acompte"}
                """.formatted(paymentId);
        ApiClient.Answer proposed = api.postForAnswer("/api/laureates/" + GeneratedProgramme.id(redirected) + "/payments",
                "application/json", body);
        if (proposed.status() != 202) {
            throw new IllegalStateException("The payment was not held for approval: " + proposed);
        }
        String approval = "/api/proposals/" + proposed.json().get("proposalId").asText() + "/approval";
        ApiClient.Answer approved = approver.postForAnswer(approval, "application/json", "{\"reason\": \"Vu\"}");
        if (approved.status() != 200) {
            throw new IllegalStateException("The approval answered " + approved);
        }
        return true;
    }

    private void freshness() throws Exception {
        BigDecimal paid = api.paidOnDashboard();
        int warmUp = 10;
        long[] nanos = new long[options.freshnessSamples()];
        for (int i = -warmUp; i < nanos.length; i++) {
            String body = """
                    {"paymentId": "FRESH-%d", "amount": 1.00, "kind": "INTERIM", "paidOn": "2025-06-02"}
                    """.formatted(i);
            if (api.post("/api/laureates/" + GeneratedProgramme.id(options.laureates() - 1) + "/payments", body) != 200) {
                throw new IllegalStateException("A freshness payment was refused");
            }
            long answered = System.nanoTime();
            paid = paid.add(BigDecimal.ONE);
            while (api.paidOnDashboard().compareTo(paid) < 0) {
                Thread.onSpinWait();
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - answered;
            }
        }
        report.latency("freshness: from a payment's 2xx to the dashboard showing it", 1,
                new Latencies(nanos, 0, 0), 100);
    }

    private boolean sendNotification(CommandGateway gateway) {
        int laureate = nextUndecided.getAndIncrement();
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(new NotifyDecision(GeneratedProgramme.id(laureate),
                programme.awarded(laureate), "DEC-G-" + laureate, GeneratedProgramme.START.plusDays(70)))
                .andMetaData(PROVENANCE));
        return true;
    }

    private boolean sendPayment(CommandGateway gateway, int index) {
        int laureate = decidedLaureate();
        boolean refused = refused(index);
        Money amount = refused ? programme.awarded(laureate) : Money.euros("1.00");
        try {
            gateway.sendAndWait(GenericCommandMessage.asCommandMessage(new MakePayment(GeneratedProgramme.id(laureate),
                    "G-" + nextPayment.getAndIncrement(), amount, PaymentKind.INTERIM,
                    GeneratedProgramme.START.plusDays(800))).andMetaData(PROVENANCE));
            return true;
        } catch (RuntimeException e) {
            if (refused) {
                return false;
            }
            throw e;
        }
    }

    private String notificationPath() {
        int laureate = nextUndecided.getAndIncrement();
        lastNotified.set(laureate);
        return "/api/laureates/" + GeneratedProgramme.id(laureate) + "/notification";
    }

    private String notificationBody() {
        int laureate = lastNotified.get();
        return """
                {"awardedAmount": %s, "decisionReference": "DEC-H-%d", "notifiedOn": "2023-03-13", "reason": "Décision"}
                """.formatted(programme.awarded(laureate).amount().toPlainString(), laureate);
    }

    private String paymentPath() {
        int laureate = decidedLaureate();
        payee.set(laureate);
        return "/api/laureates/" + GeneratedProgramme.id(laureate) + "/payments";
    }

    private String paymentBody(int index) {
        String amount = refused(index) ? programme.awarded(payee.get()).amount().toPlainString() : "1.00";
        return """
                {"paymentId": "H-%d", "amount": %s, "kind": "INTERIM", "paidOn": "2025-06-02", "reason": "Acompte"}
                """.formatted(nextPayment.getAndIncrement(), amount);
    }

    private static boolean refused(int index) {
        return index % 50 == 1;
    }

    private int decidedLaureate() {
        return ThreadLocalRandom.current().nextInt(undecided, options.laureates() - 1);
    }

    private String firstLaureate() throws Exception {
        return api.getJson("/api/laureates").get(0).get("id").asText();
    }

    private static void step(String what, long started) {
        System.out.printf("[%5.0f s] %s%n", (System.nanoTime() - started) / 1e9, what);
    }
}
