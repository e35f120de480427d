package fr.deffinum.domain.programme.events;

import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ApprovalPolicy;
import fr.deffinum.domain.programme.Operation;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.serialization.Revision;

/** From {@code changedOn}, these operations (above {@code threshold} when set) need a second person's approval. */
@Revision("1")
public record ApprovalPolicyChanged(ProgrammeCode code, Set<Operation> operations, Money threshold, LocalDate changedOn)
        implements ProgrammeEvent {

    /** Sorted, so that the same policy is always stored in the same order. */
    public ApprovalPolicyChanged {
        operations = Collections.unmodifiableSortedSet(new TreeSet<>(operations));
    }

    public ApprovalPolicy policy() {
        return new ApprovalPolicy(operations, threshold);
    }

    @Override
    public LocalDate effectiveOn() {
        return changedOn;
    }
}
