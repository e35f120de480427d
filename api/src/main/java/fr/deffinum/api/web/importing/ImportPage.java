package fr.deffinum.api.web.importing;

import fr.deffinum.api.security.ProgrammeOfficers;
import fr.deffinum.application.importing.ImportReport;
import fr.deffinum.application.importing.OperationsImport;
import fr.deffinum.application.laureate.Provenance;
import java.io.IOException;
import java.security.Principal;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import : the upload form, then the report of the file: all recorded, or its errors line by line
 * (a line on a laureate of a programme the user is not an officer of among them).
 */
@Controller
class ImportPage {

    private final OperationsImport operations;
    private final ProgrammeOfficers officers;

    ImportPage(OperationsImport operations, ProgrammeOfficers officers) {
        this.operations = operations;
        this.officers = officers;
    }

    @GetMapping("/import")
    String form() {
        return "import";
    }

    @PostMapping("/import")
    String upload(@RequestParam(name = "fichier", required = false) MultipartFile file, Principal user, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("missingFile", true);
            return "import";
        }
        String reason = "Import CSV « " + file.getOriginalFilename() + " »";
        String importId = UUID.randomUUID().toString();
        ImportReport report = operations.run(importId, file.getBytes(),
                new Provenance(user.getName(), reason, "import-" + importId),
                programme -> officers.mayRecord(user, programme));
        model.addAttribute("report", report);
        model.addAttribute("fileName", file.getOriginalFilename());
        return "import";
    }
}
