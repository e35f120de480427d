package fr.deffinum.api.reliability.anyinput;

import java.util.List;
import java.util.function.Function;

/** The kinds of hostile input every operation of the API is sent, each made from the operation itself. */
enum HostileKind {
    MALFORMED_JSON(HostileBodies::malformedJson),
    WRONG_TYPES(HostileBodies::wrongTypes),
    HUGE_NUMBERS(HostileBodies::hugeNumbers),
    NEGATIVE_OR_FLOAT_MONEY(HostileBodies::oddMoney),
    ONE_MEGABYTE_STRINGS(HostileBodies::megabyteStrings),
    NULLS(HostileBodies::nulls),
    UNICODE_AND_CONTROL_CHARACTERS(HostileBodies::unicodeAndControl),
    ARRAYS_FOR_OBJECTS(HostileBodies::arraysForObjects),
    DEEP_NESTING(HostileBodies::deepNesting),
    CONTENT_TYPES(HostileHeaders::contentTypes),
    IF_MATCH(HostileHeaders::ifMatch),
    IDEMPOTENCY_KEY(HostileHeaders::idempotencyKeys),
    ACCEPT(HostileHeaders::accepts),
    HUGE_HEADERS(HostileHeaders::hugeHeaders),
    QUERY_PARAMETERS(HostileAddresses::queries),
    PATH_SEGMENTS(HostileAddresses::pathSegments),
    METHODS(HostileAddresses::methods);

    private final Function<Operation, List<Hostility.Variant>> variants;

    HostileKind(Function<Operation, List<Hostility.Variant>> variants) {
        this.variants = variants;
    }

    List<Hostility> against(Operation operation) {
        return variants.apply(operation).stream().map(v -> new Hostility(this, v.label(), v.change())).toList();
    }
}
