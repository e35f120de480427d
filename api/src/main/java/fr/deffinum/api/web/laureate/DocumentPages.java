package fr.deffinum.api.web.laureate;

import static fr.deffinum.api.web.laureate.StepRecording.provenance;

import fr.deffinum.api.document.Attachment;
import fr.deffinum.api.document.Downloads;
import fr.deffinum.api.problem.DocumentProblems;
import fr.deffinum.api.problem.LaureateNotFound;
import fr.deffinum.api.security.ProgrammeOfficers;
import fr.deffinum.application.document.DocumentRefused;
import fr.deffinum.application.document.DocumentView;
import fr.deffinum.application.document.Documents;
import fr.deffinum.application.french.FrenchInput;
import fr.deffinum.application.laureate.ReadSideBehind;
import fr.deffinum.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The « Pièces » of a laureate's page: the upload form, for whom may record in its programme, and
 * the download of a document, served as the API serves it, only once checked against its hash.
 */
@Controller
class DocumentPages {

    private final Documents documents;
    private final Downloads downloads;
    private final LaureateSheet sheet;
    private final ProgrammeOfficers officers;

    DocumentPages(Documents documents, Downloads downloads, LaureateSheet sheet, ProgrammeOfficers officers) {
        this.documents = documents;
        this.downloads = downloads;
        this.sheet = sheet;
        this.officers = officers;
    }

    @PostMapping("/laureats/{id}/pieces")
    String attach(@PathVariable String id, @RequestParam(name = "fichier", required = false) MultipartFile file,
                  @RequestParam(name = "nature", required = false) String kind,
                  @RequestParam(name = "motif", required = false) String reason,
                  @RequestParam(name = "recueLe", required = false) String receivedOn,
                  @RequestParam(name = "montant", required = false) String amount, Authentication user, Model model,
                  RedirectAttributes next) {
        officers.requireOfficerOf(user, id);
        Optional<LocalDate> on = blank(receivedOn) ? Optional.empty() : FrenchInput.date(receivedOn);
        Optional<BigDecimal> justified = blank(amount) ? Optional.empty() : FrenchInput.amount(amount);
        if (!blank(receivedOn) && on.isEmpty() || !blank(amount) && justified.isEmpty()) {
            model.addAttribute("documentError", "La date de réception (jj/mm/aaaa) ou le montant justifié est illisible.");
            model.addAttribute("documentReason", reason);
            return sheet.render(id, model);
        }
        try {
            DocumentView attached = documents.attach(LaureateNotFound.requireId(id), Attachment.of(file),
                    Documents.kind(kind), on.orElse(null), justified.map(Money::new).orElse(null),
                    provenance(user, reason));
            next.addFlashAttribute("message", "La pièce « " + attached.fileName() + " » est jointe.");
        } catch (DocumentRefused refused) {
            model.addAttribute("documentError", DocumentProblems.french(DocumentProblems.refused(refused)));
            model.addAttribute("documentReason", reason);
            return sheet.render(id, model);
        } catch (ReadSideBehind behind) {
            next.addFlashAttribute("message", "La pièce est jointe. La fiche sera à jour dans un instant.");
        }
        return "redirect:/laureats/{id}#pieces";
    }

    @GetMapping("/pieces/{id}")
    ResponseEntity<byte[]> download(@PathVariable String id) {
        return downloads.download(id);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
