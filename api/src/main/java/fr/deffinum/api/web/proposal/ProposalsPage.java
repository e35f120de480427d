package fr.deffinum.api.web.proposal;

import fr.deffinum.api.security.ProgrammeOfficers;
import fr.deffinum.api.security.Roles;
import fr.deffinum.application.laureate.LaureateViews;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.laureate.ReadSideBehind;
import fr.deffinum.application.laureate.RuleMessages;
import fr.deffinum.application.programme.NotProgrammeOfficer;
import fr.deffinum.application.proposal.ProposalFilter;
import fr.deffinum.application.proposal.ProposalView;
import fr.deffinum.application.proposal.ProposalViews;
import fr.deffinum.application.proposal.Proposals;
import fr.deffinum.application.proposal.UnknownProposal;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.proposal.ProposalId;
import fr.deffinum.domain.proposal.ProposalState;
import java.security.Principal;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * À valider: the pending proposals, oldest first, each with what it would record, who proposed it
 * and why. An approver of its programmes approves or rejects it in two steps: the choice, then a
 * confirmation with the reason. Refusals (a rule the laureate breaks now, the proposer deciding on
 * their own proposal, a proposal closed meanwhile) come back as a message at the top of the page.
 */
@Controller
class ProposalsPage {

    private static final String PAGE = "proposals";

    private final ProposalViews views;
    private final Proposals proposals;
    private final LaureateViews laureates;
    private final ProgrammeOfficers officers;

    ProposalsPage(ProposalViews views, Proposals proposals, LaureateViews laureates, ProgrammeOfficers officers) {
        this.views = views;
        this.proposals = proposals;
        this.laureates = laureates;
        this.officers = officers;
    }

    /** With {@code decision} ({@code approbation} or {@code rejet}) and {@code proposition}, the confirmation of that choice. */
    @GetMapping("/a-valider")
    String list(@RequestParam(name = "proposition", required = false) String proposal,
                @RequestParam(name = "decision", required = false) String decision, Principal user, Model model) {
        var pending = views.search(new ProposalFilter(ProposalState.PENDING, null, null));
        model.addAttribute("proposals", pending);
        model.addAttribute("names", pending.stream().filter(p -> p.laureate() != null)
                .map(p -> p.laureate().value()).distinct()
                .collect(Collectors.toMap(id -> id, id -> laureates.find(id).map(l -> l.name()).orElse(id))));
        model.addAttribute("mayDecide", ProgrammeOfficers.hasRole(user, Roles.APPROVER));
        model.addAttribute("me", user.getName());
        if (proposal != null && ("approbation".equals(decision) || "rejet".equals(decision))) {
            pending.stream().filter(p -> p.proposalId().value().equals(proposal)).findFirst().ifPresent(chosen -> {
                model.addAttribute("confirming", chosen);
                model.addAttribute("decision", decision);
            });
        }
        return PAGE;
    }

    @PostMapping("/a-valider/{id}/approbation")
    String approve(@PathVariable String id, @RequestParam(name = "motif", required = false) String reason,
                   Principal user, RedirectAttributes next) {
        return decide(id, reason, user, next, proposals::approve, "La proposition est approuvée : l'opération est enregistrée.");
    }

    @PostMapping("/a-valider/{id}/rejet")
    String reject(@PathVariable String id, @RequestParam(name = "motif", required = false) String reason,
                  Principal user, RedirectAttributes next) {
        return decide(id, reason, user, next, proposals::reject, "La proposition est rejetée : rien n'est enregistré sur le lauréat.");
    }

    private String decide(String id, String reason, Principal user, RedirectAttributes next,
                          BiFunction<ProposalId, Provenance, ProposalView> decision, String done) {
        ProposalView proposal = find(id);
        try {
            if (!ProgrammeOfficers.hasRole(user, Roles.APPROVER) && !proposal.proposedBy().equals(user.getName())) {
                next.addFlashAttribute("refusal", "Seule une personne ayant le rôle de valideur peut décider d'une proposition.");
                return "redirect:/a-valider";
            }
            proposal.programmes().forEach(programme -> officers.requireOfficer(user, programme));
            decision.apply(proposal.proposalId(), new Provenance(user.getName(), reason == null ? null : reason.strip(), null));
            next.addFlashAttribute("message", done);
        } catch (RuleViolation refused) {
            next.addFlashAttribute("refusal", RuleMessages.french(refused.rule()) + ".");
        } catch (NotProgrammeOfficer notHere) {
            next.addFlashAttribute("refusal", "Vous ne figurez pas parmi les personnes en charge du programme "
                    + notHere.code() + " : rien n'a été enregistré.");
        } catch (ReadSideBehind behind) {
            next.addFlashAttribute("message", done + " La page sera à jour dans un instant.");
        }
        return "redirect:/a-valider";
    }

    private ProposalView find(String id) {
        try {
            return views.find(new ProposalId(id)).orElseThrow(() -> new UnknownProposal(id));
        } catch (IllegalArgumentException notAnId) {
            throw new UnknownProposal(id);
        }
    }
}
