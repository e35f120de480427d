package fr.deffinum.api.reliability.anyinput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Hostilities nobody listed: random text (any code point), numbers and header values in the places an
 * operation's description names, beside the listed ones of every kind.
 */
final class GeneratedHostilities {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> HEADERS = List.of("If-Match", "Idempotency-Key", "Accept", "Content-Type");

    private GeneratedHostilities() {
    }

    static Arbitrary<Hostility> against(Operation operation) {
        List<Arbitrary<Hostility>> choices = new ArrayList<>();
        for (HostileKind kind : HostileKind.values()) {
            choices.add(Arbitraries.of(kind.against(operation)));
        }
        Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(40);
        List<String> fields = List.copyOf(operation.fields().keySet());
        if (!fields.isEmpty()) {
            Arbitrary<String> field = Arbitraries.of(fields);
            choices.add(Combinators.combine(field, anyText.map(GeneratedHostilities::quoted))
                    .as((name, value) -> field(operation, HostileKind.UNICODE_AND_CONTROL_CHARACTERS, name, value)));
            choices.add(Combinators.combine(field, anyText)
                    .as((name, value) -> field(operation, HostileKind.MALFORMED_JSON, name, value)));
            Arbitrary<String> numbers = Arbitraries.oneOf(
                    Arbitraries.bigDecimals().between(new BigDecimal("-1e30"), new BigDecimal("1e30")).ofScale(6).map(BigDecimal::toPlainString),
                    Arbitraries.longs().map(String::valueOf),
                    Arbitraries.doubles().map(String::valueOf));
            choices.add(Combinators.combine(field, numbers).as((name, value) -> field(operation, HostileKind.HUGE_NUMBERS, name, value)));
        }
        List<String> parameters = new ArrayList<>(operation.in("query").stream().map(Operation.Parameter::name).toList());
        parameters.add("q");
        choices.add(Combinators.combine(Arbitraries.of(parameters), anyText).as((name, value) -> new Hostility(HostileKind.QUERY_PARAMETERS,
                "?" + name + "=" + value, request -> request.withTarget(PlausibleRequests.path(operation, Map.of()) + "?" + name + "=" + encoded(value)))));
        for (Operation.Parameter parameter : operation.in("path")) {
            choices.add(anyText.map(value -> new Hostility(HostileKind.PATH_SEGMENTS, "{" + parameter.name() + "}=" + value,
                    request -> request.withTarget(PlausibleRequests.path(operation, Map.of(parameter.name(), encoded(value)))))));
        }
        Arbitrary<String> headerText = Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u0080', '\u00ff').ofMaxLength(300);
        choices.add(Combinators.combine(Arbitraries.of(HEADERS), headerText).as((name, value) -> new Hostility(kindOf(name),
                name + ": " + value, request -> request.withHeader(name, value))));
        return Arbitraries.oneOf(choices);
    }

    private static Hostility field(Operation operation, HostileKind kind, String name, String value) {
        Map<String, String> fields = Bodies.plausible(operation);
        fields.put(name, value);
        return new Hostility(kind, name + "=" + value, request -> Bodies.withFields(request, operation, fields));
    }

    private static HostileKind kindOf(String header) {
        return switch (header) {
            case "If-Match" -> HostileKind.IF_MATCH;
            case "Idempotency-Key" -> HostileKind.IDEMPOTENCY_KEY;
            case "Accept" -> HostileKind.ACCEPT;
            default -> HostileKind.CONTENT_TYPES;
        };
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
