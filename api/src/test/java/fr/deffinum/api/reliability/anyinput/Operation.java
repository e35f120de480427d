package fr.deffinum.api.reliability.anyinput;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One operation of the OpenAPI description: method, path template, parameters and, when it takes
 * one, its body's content type and fields (name to schema, references resolved).
 */
record Operation(String method, String path, List<Parameter> parameters, String contentType, Map<String, JsonNode> fields) {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    record Parameter(String name, String in, JsonNode schema) {
    }

    /** Every operation of an OpenAPI 3 description, in its order. */
    static List<Operation> all(JsonNode description) {
        Schemas schemas = new Schemas(description.path("components").path("schemas"));
        List<Operation> operations = new ArrayList<>();
        description.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode operation = path.getValue().path(method);
            if (!operation.isMissingNode()) {
                operations.add(of(method.toUpperCase(), path.getKey(), path.getValue(), operation, schemas));
            }
        }));
        return operations;
    }

    List<Parameter> in(String location) {
        return parameters.stream().filter(parameter -> parameter.in().equals(location)).toList();
    }

    boolean takesBody() {
        return contentType != null;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    private static Operation of(String method, String path, JsonNode pathItem, JsonNode operation, Schemas schemas) {
        List<Parameter> parameters = new ArrayList<>();
        Stream.of(pathItem, operation).forEach(node -> node.path("parameters").forEach(parameter -> parameters.add(
                new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                        schemas.resolved(parameter.path("schema"))))));
        JsonNode content = operation.path("requestBody").path("content");
        String contentType = content.has("application/json") ? "application/json"
                : content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        if (contentType != null) {
            schemas.resolved(content.path(contentType).path("schema")).path("properties").fields()
                    .forEachRemaining(field -> fields.put(field.getKey(), schemas.resolved(field.getValue())));
        }
        return new Operation(method, path, parameters, contentType, fields);
    }
}
