package fr.deffinum.api.reliability.anyinput;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Bodies made from an operation's schema. The plausible one names every field with a value of its
 * type that a rule refuses: zero euros, the year-2000 date before any laureate's selection, a
 * one-letter code. Rendered as JSON, as multipart parts or as a line of text, after the content type.
 */
final class Bodies {

    static final String BOUNDARY = "hostile-boundary";

    private Bodies() {
    }

    static Map<String, String> plausible(Operation operation) {
        Map<String, String> fields = new LinkedHashMap<>();
        operation.fields().forEach((name, schema) -> fields.put(name, plausible(schema)));
        return fields;
    }

    static String plausible(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.path("enum").get(0).toString();
        }
        return switch (schema.path("type").asText()) {
            case "number", "integer" -> "0";
            case "boolean" -> "false";
            case "array" -> "[]";
            case "object", "" -> "{}";
            default -> switch (schema.path("format").asText()) {
                case "date" -> "\"2000-01-01\"";
                case "date-time" -> "\"2000-01-01T00:00:00Z\"";
                default -> "\"x\"";
            };
        };
    }

    /** The fields (raw JSON values) as the operation's content type carries them; JSON for an operation without body. */
    static RawRequest withFields(RawRequest request, Operation operation, Map<String, String> fields) {
        String type = operation.takesBody() ? operation.contentType() : "application/json";
        if (type.startsWith("multipart/")) {
            return request.withBody(type + "; boundary=" + BOUNDARY, utf8(multipart(operation, fields)));
        }
        if (type.contains("json")) {
            return request.withBody(type, utf8(json(fields)));
        }
        return request.withBody(type, utf8(fields.isEmpty() ? "x\n" : String.join(";", fields.values()) + "\n"));
    }

    static String multipart(Operation operation, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append('"').append(isFile(operation, name) ? "; filename=\"" + name + ".pdf\"\r\nContent-Type: application/pdf" : "")
                .append("\r\n\r\n").append(unquoted(value)).append("\r\n"));
        return body.append("--").append(BOUNDARY).append("--\r\n").toString();
    }

    static String json(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> "\"" + field.getKey() + "\": " + field.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** A whole body in the operation's own content type (JSON where it takes none), whatever that type expects. */
    static RawRequest withWhole(RawRequest request, Operation operation, byte[] body) {
        String type = !operation.takesBody() ? "application/json"
                : operation.contentType().startsWith("multipart/") ? operation.contentType() + "; boundary=" + BOUNDARY
                : operation.contentType();
        return request.withBody(type, body);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isFile(Operation operation, String field) {
        return "binary".equals(operation.fields().get(field).path("format").asText());
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
