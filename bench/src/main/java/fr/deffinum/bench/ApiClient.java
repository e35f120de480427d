package fr.deffinum.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** The REST API as an officer's client sees it, over real HTTP. */
final class ApiClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final String base;
    private final String authorization;

    ApiClient(int port, String user, String password) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    boolean ready() {
        try {
            return get("/actuator/health/readiness") == 200;
        } catch (Exception e) {
            return false;
        }
    }

    int get(String path) throws Exception {
        return send(request(path).GET().build()).statusCode();
    }

    /** The strong ETag the path answers with now, if it gives one. */
    Optional<String> etag(String path) throws Exception {
        return send(request(path).GET().build()).headers().firstValue("ETag");
    }

    int revalidate(String path, String etag) throws Exception {
        return send(request(path).header("If-None-Match", etag).GET().build()).statusCode();
    }

    JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = send(request(path).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    /** The JSON at {@code path}, or null where it answers 404. */
    JsonNode getJsonIfFound(String path) throws Exception {
        HttpResponse<String> response = send(request(path).GET().build());
        return response.statusCode() == 404 ? null : json.readTree(response.body());
    }

    int post(String path, String body) throws Exception {
        HttpResponse<String> response = send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofMinutes(30)).build());
        if (response.statusCode() >= 500) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.statusCode();
    }

    /** A POST of any body, answered with its status and its JSON (null without one). */
    Answer postForAnswer(String path, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = send(request.POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofMinutes(30)).build());
        if (response.statusCode() >= 500) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return new Answer(response.statusCode(), response.body().isBlank() ? null : json.readTree(response.body()));
    }

    int put(String path, String body) throws Exception {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build()).statusCode();
    }

    record Answer(int status, JsonNode json) {
    }

    /** The sum paid over all programmes, as the dashboard shows it. */
    BigDecimal paidOnDashboard() throws Exception {
        BigDecimal paid = BigDecimal.ZERO;
        for (JsonNode row : getJson("/api/dashboard").get("programmes")) {
            paid = paid.add(row.get("paid").decimalValue());
        }
        return paid;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                .timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
