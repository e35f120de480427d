package fr.deffinum.application.proposal;

import fr.deffinum.application.laureate.LaureateView;

/** What became of a step an officer asked for: recorded at once, or proposed for a second person's approval. */
public sealed interface Submitted {

    record Recorded(LaureateView laureate) implements Submitted {
    }

    record Proposed(ProposalView proposal) implements Submitted {
    }
}
