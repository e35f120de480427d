package fr.deffinum.domain.proposal.events;

import fr.deffinum.domain.laureate.commands.ProposableStep;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.proposal.ProposalId;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** {@code proposer} proposes these steps, checked against the laureates as they stood then; they wait for a second person. */
@Revision("1")
public record StepsProposed(ProposalId proposalId, List<ProposableStep> steps, Set<ProgrammeCode> programmes,
                            List<String> documents, String proposer) implements ProposalEvent {

    public StepsProposed {
        steps = List.copyOf(steps);
        programmes = Set.copyOf(programmes);
        documents = List.copyOf(documents);
    }
}
