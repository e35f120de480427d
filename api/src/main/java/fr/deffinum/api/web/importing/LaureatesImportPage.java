package fr.deffinum.api.web.importing;

import fr.deffinum.api.problem.ProgrammeNotFound;
import fr.deffinum.api.security.ProgrammeOfficers;
import fr.deffinum.application.french.FrenchInput;
import fr.deffinum.application.importing.LaureatesImport;
import fr.deffinum.application.importing.LaureatesReport;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.programme.ProgrammeView;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import of a programme's laureates from the annex of its call: the upload form, then the report of
 * the file: every laureate recorded, or nothing and its errors line by line (the line at which the
 * envelope would be exceeded among them). Only the programme's officers and administrators may send one.
 */
@Controller
class LaureatesImportPage {

    private static final String PAGE = "programmes/import";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final LaureatesImport laureates;
    private final ProgrammeOfficers officers;

    LaureatesImportPage(LaureatesImport laureates, ProgrammeOfficers officers) {
        this.laureates = laureates;
        this.officers = officers;
    }

    @GetMapping("/programmes/{code}/laureats/import")
    String form(@PathVariable String code, Principal user, Model model) {
        return render(programme(code), user, model);
    }

    @PostMapping("/programmes/{code}/laureats/import")
    String upload(@PathVariable String code, @RequestParam(name = "fichier", required = false) MultipartFile file,
                  @RequestParam(name = "selectionneLe", required = false) String selectedOn, Principal user,
                  Model model) throws IOException {
        ProgrammeView programme = programme(code);
        officers.requireOfficer(user, programme.code());
        model.addAttribute("selectionneLe", selectedOn == null ? "" : selectedOn);
        Optional<LocalDate> on = FrenchInput.date(selectedOn);
        if (selectedOn != null && !selectedOn.isBlank() && on.isEmpty()) {
            model.addAttribute("dateError", "Saisissez une date au format jj/mm/aaaa.");
            return render(programme, user, model);
        }
        if (file == null || file.isEmpty()) {
            model.addAttribute("missingFile", true);
            return render(programme, user, model);
        }
        String importId = UUID.randomUUID().toString();
        String reason = "Import des lauréats du programme " + programme.code() + " « " + file.getOriginalFilename() + " »";
        LaureatesReport report = laureates.run(importId, programme.code(), file.getBytes(),
                on.orElseGet(() -> LocalDate.now(PARIS)), new Provenance(user.getName(), reason, "import-" + importId));
        model.addAttribute("report", report);
        model.addAttribute("fileName", file.getOriginalFilename());
        return render(laureates.programme(programme.code()).orElse(programme), user, model);
    }

    private String render(ProgrammeView programme, Principal user, Model model) {
        model.addAttribute("p", programme);
        model.addAttribute("mayImport", officers.mayRecord(user, programme.code()));
        return PAGE;
    }

    private ProgrammeView programme(String code) {
        return laureates.programme(ProgrammeNotFound.requireCode(code)).orElseThrow(() -> new ProgrammeNotFound(code));
    }
}
