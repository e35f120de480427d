package fr.deffinum.api.reliability.anyinput;

import fr.deffinum.domain.laureate.LaureateId;
import java.util.List;
import java.util.Map;

/**
 * The request each hostility starts from: the operation's path with a seeded laureate or programme
 * where it names one ({@code unknown} for any other parameter) and its plausible body, refused by a rule.
 */
final class PlausibleRequests {

    private static final Map<String, String> SEEDED = Map.of(
            "id", LaureateId.fromReference("DEFFINUM-2022-A1-01").value(), "code", "DEFFINUM");

    private PlausibleRequests() {
    }

    static RawRequest of(Operation operation) {
        RawRequest request = new RawRequest(operation.method(), path(operation, Map.of()), List.of(), null);
        return operation.takesBody() ? Bodies.withFields(request, operation, Bodies.plausible(operation)) : request;
    }

    /** The operation's path with the given values for some of its parameters, seeded ones for the others. */
    static String path(Operation operation, Map<String, String> values) {
        String path = operation.path();
        for (Operation.Parameter parameter : operation.in("path")) {
            String value = values.getOrDefault(parameter.name(), SEEDED.getOrDefault(parameter.name(), "unknown"));
            path = path.replace("{" + parameter.name() + "}", value);
        }
        return path;
    }
}
