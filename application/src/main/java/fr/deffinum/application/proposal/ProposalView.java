package fr.deffinum.application.proposal;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.commands.ProposableStep;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.proposal.ProposalId;
import fr.deffinum.domain.proposal.ProposalState;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A proposal as its events leave it. {@code operation} is its step's ({@code NOTIFICATION}…), or
 * {@code IMPORT} for the lines of a file; {@code laureate} is null for a file; {@code amount} the sum
 * of what its steps move, null when none moves an amount. {@code decidedBy}, {@code decidedAt} and
 * {@code decisionReason} stay null while it is pending.
 */
public record ProposalView(ProposalId proposalId, ProposalState state, String operation, LaureateId laureate,
                           Set<ProgrammeCode> programmes, Money amount, List<ProposableStep> steps,
                           List<String> documents, String proposedBy, Instant proposedAt, String reason,
                           String decidedBy, Instant decidedAt, String decisionReason, long version) {

    public static final String IMPORT = "IMPORT";

    public ProposalView {
        programmes = Set.copyOf(programmes);
        steps = List.copyOf(steps);
        documents = List.copyOf(documents);
    }

    /** What its steps on {@code laureate} move: the whole amount of a single step, that laureate's lines of a file. */
    public Money amountFor(LaureateId laureate) {
        return steps.stream().filter(step -> step.laureateId().equals(laureate)).map(ProposableStep::amount)
                .filter(Objects::nonNull).reduce(Money.ZERO, Money::plus);
    }
}
