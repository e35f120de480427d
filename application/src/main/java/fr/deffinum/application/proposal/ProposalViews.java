package fr.deffinum.application.proposal;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.proposal.ProposalId;
import fr.deffinum.domain.proposal.ProposalState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The proposals as the read side shows them. */
public interface ProposalViews {

    Optional<ProposalView> find(ProposalId id);

    /** Oldest first. */
    List<ProposalView> search(ProposalFilter filter);

    /**
     * What the pending proposals on this laureate would move, a file's lines on it included:
     * beside its firm and paid amounts, never inside them.
     */
    default Money pendingAmount(LaureateId laureate) {
        return search(new ProposalFilter(ProposalState.PENDING, null, laureate)).stream()
                .map(proposal -> proposal.amountFor(laureate)).reduce(Money.ZERO, Money::plus);
    }

    /** The proposal once the read side has folded its event {@code version}; empty if it has not within {@code timeout}. */
    Optional<ProposalView> awaitVersion(ProposalId id, long version, Duration timeout);
}
