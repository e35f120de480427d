package fr.deffinum.domain.programme;

import fr.deffinum.domain.money.Money;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which operations of a programme need a second person's approval: those listed, and when a
 * {@code threshold} is set, only above it (an operation that moves no amount of its own, such as a
 * withdrawal, is held whenever listed). No operation listed: every one is recorded at once.
 */
public record ApprovalPolicy(Set<Operation> operations, Money threshold) {

    public static final ApprovalPolicy EVERY_OPERATION = new ApprovalPolicy(EnumSet.allOf(Operation.class), null);

    public ApprovalPolicy {
        operations = operations.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(operations));
    }

    /** Whether {@code operation} of {@code amount} (null when it moves none) waits for a second person. */
    public boolean requiresApproval(Operation operation, Money amount) {
        return operations.contains(operation)
                && (threshold == null || amount == null || amount.isGreaterThan(threshold));
    }
}
