package fr.deffinum.api.process;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.Http;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Writes from several client threads, each to laureates of its own: first each laureate's
 * notification (again later if it got no answer), then payments of 100 € with unique payment ids,
 * optionally each followed by a read of that laureate. Every request has a correlation id of its
 * own and a bounded wait; every answer is kept.
 */
public final class WriteLoad {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    /** One request: {@code status} is 0 when no answer came ({@code failure} says why). */
    public record Request(String correlationId, String kind, String target, int status, boolean problem,
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
    private volatile boolean running = true;

    /** Client {@code c} sends to {@code targets[c % size]}; the name prefixes the correlation and payment ids. */
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
        ApplicationJar target = targets.get(client % targets.size());
        Http http = target.http();
        List<Laureate> own = new ArrayList<>();
        for (int i = client; i < laureates.size(); i += clients) {
            own.add(laureates.get(i));
        }
        Set<String> notified = new HashSet<>();
        int sent = 0;
        while (running && sent < maxRequestsPerClient) {
            for (Laureate laureate : own) {
                if (!running || sent >= maxRequestsPerClient) {
                    return;
                }
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

    private static HttpRequest.Builder post(Http http, String path, String correlation, String body) {
        return http.postRequest(path, "officer", "application/json", body).timeout(REQUEST_TIMEOUT)
                .header("X-Correlation-Id", correlation);
    }

    private Request send(ApplicationJar target, Http http, String correlation, String kind, HttpRequest.Builder request) {
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
        Request sent = new Request(correlation, kind, target.name(), status, problem, failure, started,
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
