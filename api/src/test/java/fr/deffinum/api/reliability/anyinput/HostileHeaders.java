package fr.deffinum.api.reliability.anyinput;

import static fr.deffinum.api.reliability.anyinput.Bodies.BOUNDARY;
import static fr.deffinum.api.reliability.anyinput.Bodies.utf8;

import fr.deffinum.api.reliability.anyinput.Hostility.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Hostile headers on the operation's plausible request: content types, If-Match, Idempotency-Key, Accept, sizes. */
final class HostileHeaders {

    private HostileHeaders() {
    }

    static List<Variant> contentTypes(Operation operation) {
        String multipart = Bodies.multipart(operation, Bodies.plausible(operation));
        String oddPart = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''%E2%80%AE.pdf"
                + "\r\nContent-Type: text/plain; charset=IBM037\r\n\r\n\u00e9\u0000\r\n--" + BOUNDARY + "--\r\n";
        List<Variant> variants = new ArrayList<>();
        for (String type : List.of("text/plain", "application/json; charset=UTF-7", "application/json; charset=nonsense",
                "application/json; charset=UTF-16", "application/json; charset=ISO-8859-1", "*/*", ";;;", "application/",
                "text/csv; charset=EBCDIC", "application/json, text/plain", "multipart/form-data; boundary=" + BOUNDARY)) {
            variants.add(new Variant(type, request -> request.withHeader("Content-Type", type)));
        }
        variants.add(new Variant("none", request -> request.withHeader("Content-Type", null)));
        variants.add(body("application/xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"));
        variants.add(body("application/x-www-form-urlencoded", "reason=x&%ZZ=%"));
        variants.add(body("multipart/form-data", multipart));
        variants.add(body("multipart/form-data; boundary=", multipart));
        variants.add(body("multipart/form-data; boundary=\"" + "b".repeat(200) + "\"", multipart));
        variants.add(body("multipart/form-data; boundary=" + BOUNDARY + "; charset=UTF-7", multipart));
        variants.add(body("multipart/form-data; boundary=" + BOUNDARY, oddPart));
        variants.add(body("multipart/form-data; boundary=" + BOUNDARY, multipart.substring(0, multipart.length() / 2)));
        return variants;
    }

    static List<Variant> ifMatch(Operation operation) {
        return values("If-Match", "\"abc", "abc", "*", "W/\"x\"", "W/\"1\"", "\"-1\"", "\"99999999999999999999\"", "\"\"", "",
                "\"1\", \"2\"", "\"" + "9".repeat(4_000) + "\"", "\"é😀\"", "\"1\"\t");
    }

    static List<Variant> idempotencyKeys(Operation operation) {
        List<Variant> variants = new ArrayList<>(values("Idempotency-Key", "k".repeat(201), "k".repeat(5_000), "", " ",
                "é-😀-\u202e", "key with spaces", "\"quoted\"", "a\tb"));
        variants.add(new Variant("twice", request -> request.plusHeader("Idempotency-Key", "one").plusHeader("Idempotency-Key", "two")));
        return variants;
    }

    static List<Variant> accepts(Operation operation) {
        return values("Accept", "application/xml", "text/html", "image/png", "application/problem+xml", "*/*;q=abc", ";;;",
                "application/json;q=0", "", "text/*, application/*;q=0.1", "a/b, ".repeat(1_000), "application/json; charset=EBCDIC",
                "application/problem+json", "text/csv");
    }

    static List<Variant> hugeHeaders(Operation operation) {
        List<Variant> variants = new ArrayList<>(values("X-Hostile", "h".repeat(7_000), "h".repeat(20_000)));
        variants.add(new Variant("150 headers", many(150, "x".repeat(60))));
        variants.add(new Variant("100 kB cookie", request -> request.withHeader("Cookie", "c=" + "c".repeat(100_000))));
        variants.add(new Variant("5,000-character name", request -> request.withHeader("X" + "n".repeat(5_000), "v")));
        variants.add(new Variant("folded", request -> request.withHeader("X-Folded", "a\r\n b")));
        variants.add(new Variant("no colon", request -> request.withHeader("X-No-Colon\r\nbroken", "v")));
        return variants;
    }

    private static UnaryOperator<RawRequest> many(int count, String value) {
        return request -> {
            RawRequest changed = request;
            for (int i = 0; i < count; i++) {
                changed = changed.plusHeader("X-Hostile-" + i, value);
            }
            return changed;
        };
    }

    private static Variant body(String type, String body) {
        return new Variant(RawHttp.abbreviated(type) + " body", request -> request.withBody(type, utf8(body)));
    }

    private static List<Variant> values(String header, String... values) {
        List<Variant> variants = new ArrayList<>();
        for (String value : values) {
            variants.add(new Variant(header + ": " + RawHttp.abbreviated(value), request -> request.withHeader(header, value)));
        }
        return variants;
    }
}
