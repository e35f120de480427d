package fr.deffinum.api.reliability.anyinput;

import java.util.function.UnaryOperator;

/** One way of making an operation's plausible request hostile, of one kind, with a label to name it in a failure. */
record Hostility(HostileKind kind, String label, UnaryOperator<RawRequest> change) {

    /** A hostility before it is given its kind. */
    record Variant(String label, UnaryOperator<RawRequest> change) {
    }

    RawRequest applyTo(RawRequest request) {
        return change.apply(request);
    }
}
