package fr.deffinum.api.importing;

import fr.deffinum.api.problem.ImportNotFound;
import fr.deffinum.api.problem.Problems;
import fr.deffinum.api.security.ProgrammeOfficers;
import fr.deffinum.application.importing.ImportProgress;
import fr.deffinum.application.importing.ImportProgresses;
import fr.deffinum.application.importing.ImportReport;
import fr.deffinum.application.importing.LineError;
import fr.deffinum.application.importing.OperationsImport;
import fr.deffinum.application.laureate.Provenance;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.Principal;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports a CSV file of notifications and payments: all its lines are recorded, or none and a
 * 422 lists the errors line by line, a line on a laureate of a programme the user is not an officer
 * of among them. {@code X-Import-Id} names the import, whose progress
 * {@code GET /api/imports/{id}} shows while it runs.
 */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    private final OperationsImport operations;
    private final ImportProgresses progresses;
    private final ProgrammeOfficers officers;

    ImportController(OperationsImport operations, ImportProgresses progresses, ProgrammeOfficers officers) {
        this.operations = operations;
        this.progresses = progresses;
        this.officers = officers;
    }

    @PostMapping(path = "/notifications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> upload(@RequestPart("file") MultipartFile file, Principal user,
                                  @RequestHeader(name = "X-Import-Id", required = false) String importId)
            throws IOException {
        return answer(run(file, file.getOriginalFilename(), user, importId));
    }

    /** The body is spooled to a temporary file: the import reads it twice, for its encoding then its lines. */
    @PostMapping(path = "/notifications", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<Object> body(InputStream body, Principal user,
                                @RequestHeader(name = "X-Import-Id", required = false) String importId)
            throws IOException {
        Path spooled = Files.createTempFile("import-", ".csv");
        try {
            Files.copy(body, spooled, StandardCopyOption.REPLACE_EXISTING);
            return answer(run(new FileSystemResource(spooled), null, user, importId));
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    @GetMapping("/{importId}")
    ResponseEntity<ImportProgress> progress(@PathVariable String importId) {
        return ResponseEntity.ok(progresses.find(importId).orElseThrow(() -> new ImportNotFound(importId)));
    }

    private ImportReport run(InputStreamSource file, String name, Principal user, String importId) {
        String id = ImportProgresses.idOf(importId);
        String reason = "Import CSV" + (name == null || name.isBlank() ? "" : " « " + name + " »");
        return operations.run(id, file, new Provenance(user.getName(), reason, "import-" + id),
                programme -> officers.mayRecord(user, programme));
    }

    static ResponseEntity<Object> answer(ImportReport report) {
        if (report.recorded()) {
            return ResponseEntity.ok(report);
        }
        if (report.proposed()) {
            return ResponseEntity.accepted().location(URI.create("/api/proposals/" + report.proposalId())).body(report);
        }
        return rejected(report.importId(), report.lines(), report.errors());
    }

    /** An import refused whole: 422 and its errors line by line, the answer of every import of a file. */
    static ResponseEntity<Object> rejected(String importId, int lines, List<LineError> errors) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "IMPORT_REJECTED", "Import rejected",
                errors.size() + " error(s) in the file; nothing was recorded", "Import refusé",
                errors.size() + " erreur(s) dans le fichier ; rien n'a été enregistré.");
        problem.setProperty("importId", importId);
        problem.setProperty("lines", lines);
        problem.setProperty("errors", errors);
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

}
