package fr.deffinum.application.integrity;

/**
 * Everything stored for one event that its hash covers, as stored: the timestamp as its text, the
 * payload and the metadata (without the chain's own entries) as canonical JSON.
 */
public record EventContent(String eventIdentifier, String aggregateIdentifier, long sequence, String aggregateType,
                           String payloadType, String payloadRevision, String timestamp, String payload,
                           String metaData) {
}
