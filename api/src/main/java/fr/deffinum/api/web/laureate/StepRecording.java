package fr.deffinum.api.web.laureate;

import fr.deffinum.api.security.ProgrammeOfficers;
import fr.deffinum.api.web.FormErrors;
import fr.deffinum.application.document.Documents;
import fr.deffinum.application.french.FrenchInput;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.laureate.ReadSideBehind;
import fr.deffinum.application.proposal.Proposals;
import fr.deffinum.application.proposal.Submitted;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.laureate.commands.ProposableStep;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Records one step from a form (or proposes it, where the programme's approval policy holds it):
 * back to the laureate's page with a message once recorded or proposed, or the
 * page again with the refusal next to the form's field. Only an officer of the laureate's programme
 * (or an administrator) records: anyone else gets the French page of a refused access, and nothing
 * is recorded.
 */
@Component
class StepRecording {

    static final String PROPOSED = "La proposition est enregistrée : elle attend la validation d'une autre personne,"
            + " sur la page « À valider ».";

    private final LaureateSheet sheet;
    private final ProgrammeOfficers officers;
    private final Proposals proposals;
    private final Documents documents;

    StepRecording(LaureateSheet sheet, ProgrammeOfficers officers, Proposals proposals, Documents documents) {
        this.sheet = sheet;
        this.officers = officers;
        this.proposals = proposals;
        this.documents = documents;
    }

    /** Records a step no approval policy holds. */
    String record(String id, Authentication user, RecordingForm form, String name, Model model,
                  RedirectAttributes next, String done, Runnable recording) {
        return recordOrPropose(id, user, form, name, model, next, done, () -> {
            recording.run();
            return done;
        });
    }

    /**
     * Records a step at once, or proposes it where the programme's approval policy holds it, citing
     * {@code pieces} (documents attached to the laureate; null: none) as its evidence.
     */
    String submit(String id, Authentication user, RecordingForm form, String name, Model model,
                  RedirectAttributes next, String done, Supplier<ProposableStep> step, String reason,
                  List<String> pieces) {
        model.addAttribute(name + "Pieces", pieces == null ? List.of() : pieces);
        return recordOrPropose(id, user, form, name, model, next, done, () -> {
            Provenance cited = provenance(user, reason).citing(pieces);
            documents.requireKnown(id, cited.documents());
            Submitted submitted = proposals.submit(step.get(), cited, OptionalLong.empty());
            return submitted instanceof Submitted.Proposed ? PROPOSED : done;
        });
    }

    private String recordOrPropose(String id, Authentication user, RecordingForm form, String name, Model model,
                                   RedirectAttributes next, String done, Supplier<String> recording) {
        officers.requireOfficerOf(user, id);
        try {
            next.addFlashAttribute("message", recording.get());
        } catch (RuleViolation refused) {
            return sheet.render(id, model, name, FormErrors.refused(refused.rule(), form.fieldFor(refused.rule())));
        } catch (ConcurrencyException concurrent) {
            return sheet.render(id, model, name, FormErrors.general("Une autre modification de ce lauréat a été "
                    + "enregistrée au même moment ; vérifiez la fiche puis recommencez."));
        } catch (ReadSideBehind behind) {
            next.addFlashAttribute("message", done + " La fiche sera à jour dans un instant.");
        }
        return "redirect:/laureats/{id}";
    }

    static Provenance provenance(Authentication user, String reason) {
        return new Provenance(user.getName(), reason == null ? null : reason.strip(), null);
    }

    static LocalDate date(String text) {
        return FrenchInput.date(text).orElseThrow();
    }
}
