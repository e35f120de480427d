package fr.deffinum.api.process;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.Http;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Writes from several client threads, each to laureates of its own: first each laureate's
 * notification (again later if it got no answer), then payments of 100 € with unique payment ids,
 * optionally each followed by a read of that laureate; or imports of several payments each. Every
 * request has a correlation id of its own and a bounded wait; every answer is kept.
 */
public final class WriteLoad {

    /** Above the application's own bound on a write's wait for the read side (10 s, then a 202). */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    /**
     * One request: {@code status} is 0 when no answer came ({@code failure} says why); {@code events}
     * is how many events it records when it succeeds.
     */
    public record Request(String correlationId, String kind, int events, String target, int status, boolean problem,
                          String failure, long startedNanos, long millis) {

        public boolean acknowledged() {
            return isWrite() && status >= 200 && status < 300;
        }

        public boolean isWrite() {
            return !kind.equals("read");
        }
    }

    /** A seeded laureate and its published maximum. */
    public record Laureate(String id, BigDecimal maxGrant) {
    }

    private final String name;
    private final List<Laureate> laureates;
    private final List<ApplicationJar> targets;
    private final int clients;
    private final boolean withReads;
    private final int maxRequestsPerClient;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final Set<String> notified = ConcurrentHashMap.newKeySet();
    private int importLines;
    private volatile boolean running = true;

    /**
     * Each client sends to the targets in turn, request by request, so that every laureate is written
     * through every instance; the name prefixes the correlation and payment ids.
     */
    public WriteLoad(String name, List<Laureate> laureates, List<ApplicationJar> targets, int clients,
                     boolean withReads, int maxRequestsPerClient) {
        this.name = name;
        this.laureates = laureates;
        this.targets = targets;
        this.clients = clients;
        this.withReads = withReads;
        this.maxRequestsPerClient = maxRequestsPerClient;
    }

    public static List<Laureate> seeded(Http http) {
        List<Laureate> seeded = new ArrayList<>();
        for (JsonNode laureate : http.get("/api/laureates", "auditor").json()) {
            seeded.add(new Laureate(laureate.get("id").asText(), laureate.get("maxGrant").decimalValue()));
        }
        return seeded;
    }

    /** Laureates already notified: the clients only pay them. */
    public WriteLoad notified(Set<String> laureateIds) {
        notified.addAll(laureateIds);
        return this;
    }

    /** The clients send imports of that many payment lines instead, each one unit of work: all recorded or none. */
    public WriteLoad importing(int lines) {
        importLines = lines;
        return this;
    }

    public WriteLoad start() {
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> client(client), name + "-client-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        return this;
    }

    /** Lets each client finish the request it is sending, then returns every request sent. */
    public List<Request> stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(REQUEST_TIMEOUT.multipliedBy(3).toMillis());
        }
        return List.copyOf(requests);
    }

    /** Waits for every client to send all its requests. */
    public List<Request> finish(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread thread : threads) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        return stop();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public long acknowledged() {
        return requests.stream().filter(Request::acknowledged).count();
    }

    public void awaitAcknowledged(long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (acknowledged() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Only " + acknowledged() + " writes acknowledged after " + timeout
                        + "; answers " + outcomes(requests, request -> true));
            }
            Thread.sleep(20);
        }
    }

    /** Waits until every laureate of the load is notified. */
    public void awaitAllNotified(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (notified.size() < laureates.size()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(notified.size() + " of " + laureates.size() + " laureates notified after " + timeout);
            }
            Thread.sleep(20);
        }
    }

    /** Requests counted by answer: the status, or {@code timeout}, {@code no answer}. */
    public static Map<String, Long> outcomes(List<Request> requests, Predicate<Request> which) {
        return requests.stream().filter(which).collect(Collectors.groupingBy(
                request -> request.status() > 0 ? String.valueOf(request.status()) : request.failure(),
                TreeMap::new, Collectors.counting()));
    }

    public static Set<String> correlationIds(List<Request> requests, Predicate<Request> which) {
        return requests.stream().filter(which).map(Request::correlationId).collect(Collectors.toSet());
    }

    private void client(int client) {
        List<Laureate> own = new ArrayList<>();
        for (int i = client; i < laureates.size(); i += clients) {
            own.add(laureates.get(i));
        }
        if (importLines > 0) {
            imports(targets.get(client % targets.size()), client);
            return;
        }
        int sent = 0;
        for (int round = 0; running && sent < maxRequestsPerClient; round++) {
            for (int position = 0; position < own.size(); position++) {
                if (!running || sent >= maxRequestsPerClient) {
                    return;
                }
                Laureate laureate = own.get(position);
                // From one round to the next, each laureate is written through the next instance.
                ApplicationJar target = targets.get((client + round + position) % targets.size());
                Http http = target.http();
                String correlation = name + "-" + client + "-" + sent++;
                String base = "/api/laureates/" + laureate.id();
                if (!notified.contains(laureate.id())) {
                    Request notification = send(target, http, correlation, "notification",
                            post(http, base + "/notification", correlation, notification(laureate)));
                    // 409: an earlier notification that got no answer was recorded after all.
                    if (notification.acknowledged() || notification.status() == 409) {
                        notified.add(laureate.id());
                    }
                } else {
                    send(target, http, correlation, "payment", post(http, base + "/payments", correlation, payment(correlation)));
                }
                if (withReads) {
                    send(target, http, correlation + "-read", "read",
                            http.request(base, "auditor").timeout(REQUEST_TIMEOUT).GET());
                }
            }
        }
    }

    private void imports(ApplicationJar target, int client) {
        Http http = target.http();
        for (int sent = 0; running && sent < maxRequestsPerClient; sent++) {
            String importId = name + "-" + client + "-" + sent;
            StringBuilder csv = new StringBuilder("Id;Opération;Date;Montant;Identifiant versement;Nature\n");
            for (int line = 0; line < importLines; line++) {
                Laureate laureate = laureates.get((sent * importLines + line) % laureates.size());
                csv.append(laureate.id()).append(";versement;01/03/2023;100,00;").append(importId).append('-')
                        .append(line).append(";acompte\n");
            }
            send(target, http, "import-" + importId, "import", importLines,
                    http.postRequest("/api/imports/notifications", "officer", "text/csv", csv.toString())
                            .timeout(REQUEST_TIMEOUT).header("X-Import-Id", importId));
        }
    }

    private static HttpRequest.Builder post(Http http, String path, String correlation, String body) {
        return http.postRequest(path, "officer", "application/json", body).timeout(REQUEST_TIMEOUT)
                .header("X-Correlation-Id", correlation);
    }

    private Request send(ApplicationJar target, Http http, String correlation, String kind, HttpRequest.Builder request) {
        return send(target, http, correlation, kind, kind.equals("read") ? 0 : 1, request);
    }

    private Request send(ApplicationJar target, Http http, String correlation, String kind, int events,
                         HttpRequest.Builder request) {
        long started = System.nanoTime();
        int status = 0;
        boolean problem = false;
        String failure = null;
        try {
            Http.Answer answer = http.send(request);
            status = answer.status();
            problem = answer.isProblem();
        } catch (UncheckedIOException noAnswer) {
            failure = noAnswer.getCause() instanceof HttpTimeoutException ? "timeout" : "no answer";
        }
        Request sent = new Request(correlation, kind, events, target.name(), status, problem, failure, started,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        requests.add(sent);
        return sent;
    }

    private static String notification(Laureate laureate) {
        return """
                {"awardedAmount": %s, "decisionReference": "DEC-%s", "notifiedOn": "2023-01-16", "reason": "Décision"}
                """.formatted(laureate.maxGrant().subtract(new BigDecimal("1000.00")), laureate.id());
    }

    private static String payment(String paymentId) {
        return """
                {"paymentId": "%s", "amount": 100.00, "kind": "INTERIM", "paidOn": "2023-03-01", "reason": "Acompte"}
                """.formatted(paymentId);
    }
}
