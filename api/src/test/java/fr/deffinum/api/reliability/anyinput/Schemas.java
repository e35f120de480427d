package fr.deffinum.api.reliability.anyinput;

import com.fasterxml.jackson.databind.JsonNode;

/** The named schemas of an OpenAPI description, to resolve a {@code $ref}. */
record Schemas(JsonNode components) {

    private static final String PREFIX = "#/components/schemas/";

    JsonNode resolved(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; current.has("$ref") && depth < 20; depth++) {
            current = components.path(current.path("$ref").asText().substring(PREFIX.length()));
        }
        return current;
    }
}
