package fr.deffinum.infrastructure.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.deffinum.application.integrity.EventHash;
import java.util.List;
import java.util.Optional;

/** An event's stored metadata split in the chain's two entries (null when absent) and the canonical rest, which the hash covers. */
record StoredMetaData(String hash, String previousHash, String canonicalRest) {

    static StoredMetaData of(byte[] metaData) {
        Optional<JsonNode> read = metaData == null ? Optional.empty() : CanonicalJson.read(metaData);
        if (read.isEmpty() || !(read.get() instanceof ObjectNode object)) {
            return new StoredMetaData(null, null, CanonicalJson.of(metaData));
        }
        String hash = text(object, EventHash.HASH);
        String previousHash = text(object, EventHash.PREVIOUS_HASH);
        object.remove(List.of(EventHash.HASH, EventHash.PREVIOUS_HASH));
        return new StoredMetaData(hash, previousHash, CanonicalJson.write(object));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
