package fr.deffinum.api.reliability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Malformed and hostile requests for every recording endpoint and query parameter. Each body starts
 * from one that the laureate's state or a rule refuses whatever its details, then breaks one field
 * (wrong type, out of range, over-precise, huge, control characters, injections) or the whole body
 * (syntax, nesting, size, content type): nothing in here may ever be recorded.
 */
final class HostileRequests {

    /** A request to send: method, path with its query, content type (null for none) and body. */
    record Probe(String method, String path, String contentType, String body) {
    }

    static final List<String> VALUES = List.of(
            "null", "\"\"", "\" \"", "\"\\t\\n\"", "0", "-1", "-0.01", "0.001", "1.001", "1e400", "-1e400",
            "1e-400", "1E+999999999", "1E-999999999", "99999999999999999999999999", "1000000000000", "\"12,50\"", "\"abc\"",
            "\"NaN\"", "\"Infinity\"", "true", "false", "[]", "[1]", "{}", "{\"a\": 1}", "\"1899-12-31\"",
            "\"2999-01-01\"", "\"2023-02-30\"", "\"2023-13-01\"", "\"0000-00-00\"", "\"+999999999-12-31\"",
            "\"'; DROP TABLE domainevententry; --\"", "\"1 OR 1=1\"",
            "\"<script>alert(1)</script>\"", "\"\\\"><img src=x onerror=alert(1)>\"", "\"\\u0000\"",
            "\"\\u0007\\u001b[31m\"", "\"\\u202eevil\"", "\"😀🇫🇷\"", "\"\\ud800\"", "\"" + "A".repeat(100_000) + "\"",
            "\"${jndi:ldap://127.0.0.1/x}\"", "\"../../etc/passwd\"", "\"%00\"",
            "1" + "0".repeat(5_000));

    private HostileRequests() {
    }

    /** A recording endpoint and a body that is refused as a whole (by a rule or the laureate's state). */
    record Endpoint(String path, Map<String, String> refusedBody) {
    }

    static List<Probe> all(List<Endpoint> endpoints, List<String> laureateEndpoints) {
        List<Probe> probes = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            probes.addAll(fieldMutations(endpoint));
            probes.addAll(structural(endpoint.path()));
        }
        probes.addAll(unknownLaureates(laureateEndpoints, endpoints));
        probes.addAll(queries());
        for (String name : List.of("unknown", "laureates%00", "..%2F..%2Fetc", "%3Cscript%3E", "x".repeat(300))) {
            probes.add(new Probe("POST", "/api/admin/projections/" + name + "/rebuild", "application/json", "{}"));
        }
        return probes;
    }

    private static List<Probe> fieldMutations(Endpoint endpoint) {
        List<Probe> probes = new ArrayList<>();
        for (String field : endpoint.refusedBody().keySet()) {
            for (String value : VALUES) {
                Map<String, String> body = new LinkedHashMap<>(endpoint.refusedBody());
                body.put(field, value);
                probes.add(json(endpoint.path(), body));
            }
            Map<String, String> missing = new LinkedHashMap<>(endpoint.refusedBody());
            missing.remove(field);
            probes.add(json(endpoint.path(), missing));
        }
        for (String value : List.of("1", "\"<script>\"", "null")) {
            Map<String, String> unknown = new LinkedHashMap<>(endpoint.refusedBody());
            unknown.put("actor", value);
            probes.add(json(endpoint.path(), unknown));
        }
        return probes;
    }

    private static List<Probe> structural(String path) {
        String valid = "{\"reason\": \"x\"}";
        return List.of(
                new Probe("POST", path, "application/json", ""),
                new Probe("POST", path, "application/json", "null"),
                new Probe("POST", path, "application/json", "[]"),
                new Probe("POST", path, "application/json", "{"),
                new Probe("POST", path, "application/json", "}{"),
                new Probe("POST", path, "application/json", "not json at all"),
                new Probe("POST", path, "application/json", "{\"reason\": \"x\",}"),
                new Probe("POST", path, "application/json", "\uFEFF" + valid),
                new Probe("POST", path, "application/json", "[".repeat(20_000) + "]".repeat(20_000)),
                new Probe("POST", path, "application/json", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)),
                new Probe("POST", path, "application/json", "{\"reason\": \"" + "é".repeat(3_000_000) + "\"}"),
                new Probe("POST", path, "application/json", "{" + "\"k\": 1,".repeat(200_000) + "\"z\": 1}"),
                new Probe("POST", path, "text/plain", valid),
                new Probe("POST", path, "application/xml", "<reason>x</reason>"),
                new Probe("POST", path, "application/x-www-form-urlencoded", "reason=x"),
                new Probe("POST", path, "multipart/form-data; boundary=xyz", "--xyz--"),
                new Probe("POST", path, "application/json; charset=ISO-8859-1", valid),
                new Probe("POST", path, "application/json; charset=nonsense", valid),
                new Probe("POST", path, null, valid),
                new Probe("POST", path, "garbage", valid),
                new Probe("PUT", path, "application/json", valid),
                new Probe("DELETE", path, null, null),
                new Probe("PATCH", path, "application/json", valid));
    }

    private static List<Probe> unknownLaureates(List<String> laureateEndpoints, List<Endpoint> endpoints) {
        List<String> ids = List.of("unknown", "0", "-1", "%00", "..%2F..%2Fetc", "%3Cscript%3E", "x".repeat(300),
                "%27%20OR%20%271%27%3D%271", "%C3%A9%E2%80%AE", "%F0%9F%98%80", "a;b", "%20");
        Map<String, Map<String, String>> bodies = endpoints.stream()
                .collect(Collectors.toMap(Endpoint::path, Endpoint::refusedBody));
        List<Probe> probes = new ArrayList<>();
        for (String endpoint : laureateEndpoints) {
            String step = endpoint.substring(endpoint.lastIndexOf('/'));
            for (String id : ids) {
                probes.add(json("/api/laureates/" + id + step, bodies.get(endpoint)));
            }
        }
        for (String id : ids) {
            probes.add(new Probe("GET", "/api/laureates/" + id, null, null));
            probes.add(new Probe("GET", "/api/laureates/" + id + "/events", null, null));
        }
        return probes;
    }

    private static List<Probe> queries() {
        List<String> values = List.of("", "X", "-1", "0", "99999999999999999999", "2023-13-45", "2023-01-01",
                "2023-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "'; DROP TABLE audit_entry; --",
                "<script>alert(1)</script>", "%", "\u0000", "\u202e", "😀", "A".repeat(5_000), "NOTIFIED", "DEFFINUM", "TECHNOLOGY", "2147483648", "-2147483649");
        Map<String, List<String>> parameters = Map.of(
                "/api/laureates", List.of("programme", "status", "sector", "q"),
                "/api/audit", List.of("from", "to", "actor", "type", "laureate", "page", "size"));
        List<Probe> probes = new ArrayList<>();
        parameters.forEach((path, names) -> {
            for (String name : names) {
                for (String value : values) {
                    probes.add(new Probe("GET", path + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8),
                            null, null));
                }
            }
        });
        return probes;
    }

    private static Probe json(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(field -> "\"" + field.getKey() + "\": " + field.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
        return new Probe("POST", path, "application/json", body);
    }
}
