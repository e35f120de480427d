package fr.deffinum.infrastructure.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * JSON written one way only: object keys sorted at every depth, no whitespace, numbers exactly as
 * read (no float rounding, trailing zeros kept). Two documents with the same values give the same
 * text, whatever the order or spacing their writer chose.
 */
final class CanonicalJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    private CanonicalJson() {
    }

    /** The canonical text of a stored document; bytes that are no longer JSON stand for themselves, never alike. */
    static String of(byte[] json) {
        if (json == null) {
            return null;
        }
        return read(json).map(CanonicalJson::write).orElseGet(() -> "!" + HexFormat.of().formatHex(json));
    }

    static Optional<JsonNode> read(byte[] json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always writes", e);
        }
    }
}
