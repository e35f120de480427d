package fr.deffinum.api.web.importing;

import fr.deffinum.api.security.ProgrammeOfficers;
import fr.deffinum.application.importing.ImportProgress;
import fr.deffinum.application.importing.ImportProgresses;
import fr.deffinum.application.importing.ImportReport;
import fr.deffinum.application.importing.OperationsImport;
import fr.deffinum.application.laureate.Provenance;
import java.security.Principal;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import : the upload form, then the report of the file: all recorded, or its errors line by line
 * (a line on a laureate of a programme the user is not an officer of among them). The form names
 * its import before sending it, so that the page can show its progress while it runs.
 */
@Controller
class ImportPage {

    private final OperationsImport operations;
    private final ImportProgresses progresses;
    private final ProgrammeOfficers officers;

    ImportPage(OperationsImport operations, ImportProgresses progresses, ProgrammeOfficers officers) {
        this.operations = operations;
        this.progresses = progresses;
        this.officers = officers;
    }

    @GetMapping("/import")
    String form(Model model) {
        model.addAttribute("importId", UUID.randomUUID().toString());
        return "import";
    }

    @PostMapping("/import")
    String upload(@RequestParam(name = "fichier", required = false) MultipartFile file,
                  @RequestParam(name = "importId", required = false) String given, Principal user, Model model) {
        model.addAttribute("importId", UUID.randomUUID().toString());
        if (file == null || file.isEmpty()) {
            model.addAttribute("missingFile", true);
            return "import";
        }
        String reason = "Import CSV « " + file.getOriginalFilename() + " »";
        String importId = ImportProgresses.idOf(given);
        ImportReport report = operations.run(importId, file,
                new Provenance(user.getName(), reason, "import-" + importId),
                programme -> officers.mayRecord(user, programme));
        model.addAttribute("report", report);
        model.addAttribute("fileName", file.getOriginalFilename());
        return "import";
    }

    /** Where the import the page sent stands: its progress bar asks every half second. */
    @GetMapping(path = "/import/{importId}/avancement", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<ImportProgress> progress(@PathVariable String importId) {
        return ResponseEntity.of(progresses.find(importId));
    }
}
