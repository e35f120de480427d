package fr.deffinum.api.proposal;

import fr.deffinum.api.laureate.LaureateResponses;
import fr.deffinum.api.security.ProgrammeOfficers;
import fr.deffinum.api.security.Roles;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.proposal.ProposalFilter;
import fr.deffinum.application.proposal.ProposalView;
import fr.deffinum.application.proposal.ProposalViews;
import fr.deffinum.application.proposal.Proposals;
import fr.deffinum.application.proposal.UnknownProposal;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.proposal.ProposalId;
import fr.deffinum.domain.proposal.ProposalState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proposals: listed and read by everyone who reads; approved or rejected by an approver assigned to
 * every programme the proposal concerns, never its proposer; withdrawn by its proposer while pending.
 * An approval answers with the laureate as the steps left it (its version as {@code ETag}), or with
 * the proposal when it covers several laureates (a file).
 */
@RestController
@RequestMapping("/api/proposals")
class ProposalController {

    private final Proposals proposals;
    private final ProposalViews views;
    private final ProgrammeOfficers officers;
    private final LaureateResponses laureates;

    ProposalController(Proposals proposals, ProposalViews views, ProgrammeOfficers officers,
                       LaureateResponses laureates) {
        this.proposals = proposals;
        this.views = views;
        this.officers = officers;
        this.laureates = laureates;
    }

    /** Why the proposal is approved, rejected or withdrawn. */
    record Decision(@Size(max = 2000) String reason) {
    }

    @GetMapping
    List<ProposalResponse> list(@RequestParam(required = false) ProposalState state,
                                @RequestParam(required = false) ProgrammeCode programme,
                                @RequestParam(required = false) String laureate) {
        return views.search(new ProposalFilter(state, programme, laureate == null || laureate.isBlank() ? null : new LaureateId(laureate)))
                .stream().map(ProposalResponse::of).toList();
    }

    @GetMapping("/{id}")
    ProposalResponse one(@PathVariable String id) {
        return ProposalResponse.of(find(id));
    }

    @PostMapping(path = "/{id}/approval", consumes = "application/json")
    ResponseEntity<?> approve(@PathVariable String id, @Valid @RequestBody(required = false) Decision body,
                              Principal user) {
        ProposalView proposal = inChargeOf(id, user);
        ProposalView approved = proposals.approve(proposal.proposalId(), provenance(user, body));
        if (approved.laureate() == null) {
            return ResponseEntity.ok(ProposalResponse.of(approved));
        }
        return laureates.withVersion(ResponseEntity.ok(), proposals.laureate(approved.laureate()));
    }

    @PostMapping(path = "/{id}/rejection", consumes = "application/json")
    ProposalResponse reject(@PathVariable String id, @Valid @RequestBody(required = false) Decision body,
                            Principal user) {
        ProposalView proposal = inChargeOf(id, user);
        return ProposalResponse.of(proposals.reject(proposal.proposalId(), provenance(user, body)));
    }

    @PostMapping(path = "/{id}/withdrawal", consumes = "application/json")
    ProposalResponse withdraw(@PathVariable String id, @Valid @RequestBody(required = false) Decision body,
                              Principal user) {
        return ProposalResponse.of(proposals.withdraw(find(id).proposalId(), provenance(user, body)));
    }

    /**
     * Its proposer first hears that nobody decides on their own proposal (the domain refuses it
     * too); anyone else needs the approver's role and an assignment to each programme concerned.
     */
    private ProposalView inChargeOf(String id, Principal user) {
        ProposalView proposal = find(id);
        if (proposal.proposedBy().equals(user.getName())) {
            throw new RuleViolation(Rule.SAME_ACTOR, user.getName() + " proposed " + id);
        }
        if (!ProgrammeOfficers.hasRole(user, Roles.APPROVER)) {
            throw new NotApprover(user.getName());
        }
        proposal.programmes().forEach(programme -> officers.requireOfficer(user, programme));
        return proposal;
    }

    private ProposalView find(String id) {
        ProposalId proposalId;
        try {
            proposalId = new ProposalId(id);
        } catch (IllegalArgumentException notAnId) {
            throw new UnknownProposal(id);
        }
        return views.find(proposalId).orElseThrow(() -> new UnknownProposal(id));
    }

    private static Provenance provenance(Principal user, Decision body) {
        return new Provenance(user.getName(), body == null ? null : body.reason(), null);
    }
}
