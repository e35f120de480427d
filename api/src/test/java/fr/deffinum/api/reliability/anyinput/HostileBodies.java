package fr.deffinum.api.reliability.anyinput;

import static fr.deffinum.api.reliability.anyinput.Bodies.utf8;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.reliability.anyinput.Hostility.Variant;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Hostile bodies: each field of the operation's plausible body set in turn to each value of a kind,
 * and whole bodies of that kind, which an operation without body is sent as JSON too.
 */
final class HostileBodies {

    private static final int MEGABYTE = 1 << 20;

    private HostileBodies() {
    }

    static List<Variant> malformedJson(Operation operation) {
        return with(operation, field -> List.of("tru", "01", "\"unterminated"),
                "", "{", "}{", "not json at all", "{\"a\": 1,}", "{'a': 1}", "{\"a\" 1}", "{\"a\": 1}}", "\uFEFF{}",
                "/* comment */ {}", "{\"a\": 1}{\"b\": 2}", "{\"a\": .5}", "{\"a\": +1}", "{\"a\": NaN}");
    }

    static List<Variant> wrongTypes(Operation operation) {
        return with(operation, schema -> switch (schema.path("type").asText()) {
            case "number", "integer" -> List.of("\"abc\"", "true", "{}", "\"1 000\"");
            case "boolean" -> List.of("\"yes\"", "1");
            case "array" -> List.of("\"x\"", "{\"a\": 1}", "7");
            case "string" -> List.of("12", "true", "{}", "1.5");
            default -> List.of("\"x\"", "42", "false");
        }, "\"a string\"", "42", "true");
    }

    static List<Variant> hugeNumbers(Operation operation) {
        List<String> values = List.of("1e400", "-1e400", "1E+999999999", "1E-999999999", "9223372036854775808",
                "-9223372036854775809", "1" + "0".repeat(5_000), "0." + "0".repeat(5_000) + "1");
        return with(operation, field -> values, "1e400", "{\"hostile\": " + "9".repeat(10_000) + "}");
    }

    static List<Variant> oddMoney(Operation operation) {
        List<String> values = List.of("-0.01", "-1", "0.001", "1.005", "1.0E2", "-0", "0.1e1", "\"12,50\"",
                "\"1 000,00\"", "\"NaN\"", "\"-Infinity\"", "1.7976931348623157E308", "4.9E-324");
        return with(operation, field -> values, "-0.01", "{\"hostile\": -1e-9}");
    }

    static List<Variant> megabyteStrings(Operation operation) {
        return with(operation, field -> List.of("\"" + "A".repeat(MEGABYTE) + "\""),
                "\"" + "é".repeat(MEGABYTE / 2) + "\"", "{\"" + "k".repeat(MEGABYTE) + "\": 1}");
    }

    static List<Variant> nulls(Operation operation) {
        List<Variant> variants = new ArrayList<>(with(operation, field -> List.of("null"), "null", "{\"hostile\": null}"));
        Map<String, String> allNull = Bodies.plausible(operation);
        allNull.replaceAll((name, value) -> "null");
        variants.add(new Variant("every field null", request -> Bodies.withFields(request, operation, allNull)));
        return variants;
    }

    static List<Variant> unicodeAndControl(Operation operation) {
        List<String> values = List.of("\"\\u0000\"", "\"\\u0007\\u001b[31m\"", "\"\\u202eevil\"", "\"😀🇫🇷\"", "\"\\ud800\"",
                "\"\\udc00\\ud800\"", "\"\\uffff\\ufffe\"", "\"e\\u0301\"", "\"\\u200b\"", "\"\u0001raw\"");
        List<Variant> variants = new ArrayList<>(with(operation, field -> values, "\"\\u0000\"", "\"\u0000\""));
        for (byte[] invalid : List.of(new byte[]{(byte) 0xC3, 0x28}, new byte[]{(byte) 0xC0, (byte) 0xAF},
                new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[]{(byte) 0xFF, 0})) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(utf8("{\"hostile\": \""));
            body.writeBytes(invalid);
            body.writeBytes(utf8("\"}"));
            variants.add(new Variant("invalid UTF-8 " + RawHttp.abbreviated(new String(invalid)),
                    request -> Bodies.withWhole(request, operation, body.toByteArray())));
        }
        return variants;
    }

    static List<Variant> arraysForObjects(Operation operation) {
        String plausible = Bodies.json(Bodies.plausible(operation));
        return with(operation, field -> List.of("[]", "[1, 2]", "[{}]", "[null]", "[[]]"),
                "[]", "[" + plausible + "]", "[[], {}]");
    }

    static List<Variant> deepNesting(Operation operation) {
        String arrays = "[".repeat(10_000) + "]".repeat(10_000);
        String objects = "{\"a\": ".repeat(5_000) + "1" + "}".repeat(5_000);
        return with(operation, field -> List.of(arrays, objects),
                "[".repeat(20_000) + "]".repeat(20_000), objects, "[{\"a\": ".repeat(3_000) + "1" + "}]".repeat(3_000));
    }

    /** Each field set to each of its values, the other fields plausible; then the whole bodies. */
    private static List<Variant> with(Operation operation, Function<JsonNode, List<String>> valuesOf, String... wholeBodies) {
        List<Variant> variants = new ArrayList<>();
        operation.fields().forEach((name, schema) -> valuesOf.apply(schema).forEach(value -> {
            Map<String, String> fields = Bodies.plausible(operation);
            fields.put(name, value);
            variants.add(new Variant(name + "=" + RawHttp.abbreviated(value), request -> Bodies.withFields(request, operation, fields)));
        }));
        for (String body : wholeBodies) {
            variants.add(new Variant("body " + RawHttp.abbreviated(body), request -> Bodies.withWhole(request, operation, utf8(body))));
        }
        return variants;
    }
}
