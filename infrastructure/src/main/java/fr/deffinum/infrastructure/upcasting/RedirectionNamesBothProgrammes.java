package fr.deffinum.infrastructure.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.deffinum.domain.laureate.events.LaureateRedirected;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@code LaureateRedirectedToCma} (revision 1) is read as a {@link LaureateRedirected}: every
 * laureate then was selected by DEFFINUM, and a redirection could only lead to CMA.
 */
final class RedirectionNamesBothProgrammes extends SingleEventUpcaster {

    private static final SimpleSerializedType TO_CMA =
            new SimpleSerializedType("fr.deffinum.domain.laureate.events.LaureateRedirectedToCma", "1");
    private static final SimpleSerializedType REDIRECTED =
            new SimpleSerializedType(LaureateRedirected.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(TO_CMA);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REDIRECTED, JsonNode.class, payload -> {
            ObjectNode redirection = ((ObjectNode) payload).objectNode();
            redirection.set("laureateId", payload.get("laureateId"));
            redirection.put("from", "DEFFINUM");
            redirection.put("to", "CMA");
            redirection.set("strategy", payload.get("strategy"));
            redirection.set("redirectedOn", payload.get("redirectedOn"));
            return redirection;
        });
    }
}
