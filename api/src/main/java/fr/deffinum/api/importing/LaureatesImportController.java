package fr.deffinum.api.importing;

import fr.deffinum.api.problem.Problems;
import fr.deffinum.api.problem.ProgrammeNotFound;
import fr.deffinum.api.security.ProgrammeOfficers;
import fr.deffinum.application.importing.ImportProgresses;
import fr.deffinum.application.importing.LaureatesImport;
import fr.deffinum.application.importing.LaureatesReport;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports a call's annex of laureates into its programme, as the call publishes it: all its lines
 * are selected (200, their ids), or none and a 422 lists the errors line by line, as for the
 * operations' import. Only an officer of that programme, or an administrator, may import
 * ({@link ProgrammeOfficers}).
 * {@code selectedOn} (ISO, {@code 2023-03-15}) dates the lines that give no date, else the day of
 * the import; {@code X-Import-Id} names the import, whose progress {@code GET /api/imports/{id}}
 * shows while it runs.
 */
@RestController
class LaureatesImportController {

    private static final String PATH = "/api/programmes/{code}/laureates/import";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final LaureatesImport laureates;
    private final ProgrammeOfficers officers;

    LaureatesImportController(LaureatesImport laureates, ProgrammeOfficers officers) {
        this.laureates = laureates;
        this.officers = officers;
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> upload(@PathVariable String code, @RequestPart("file") MultipartFile file,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  LocalDate selectedOn, Authentication user,
                                  @RequestHeader(name = "X-Import-Id", required = false) String importId)
            throws IOException {
        return run(code, file.getBytes(), file.getOriginalFilename(), selectedOn, user, importId);
    }

    @PostMapping(path = PATH, consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<Object> body(@PathVariable String code, @RequestBody byte[] file,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                LocalDate selectedOn, Authentication user,
                                @RequestHeader(name = "X-Import-Id", required = false) String importId) {
        return run(code, file, null, selectedOn, user, importId);
    }

    private ResponseEntity<Object> run(String code, byte[] file, String name, LocalDate selectedOn,
                                       Authentication user, String importId) {
        ProgrammeCode programme = ProgrammeNotFound.requireCode(code);
        if (laureates.programme(programme).isEmpty()) {
            throw new ProgrammeNotFound(code);
        }
        officers.requireOfficer(user, programme);
        String id = ImportProgresses.idOf(importId);
        String reason = "Import des lauréats du programme " + code + (name == null || name.isBlank() ? ""
                : " « " + name + " »");
        LaureatesReport report = laureates.run(id, programme, file,
                selectedOn == null ? LocalDate.now(PARIS) : selectedOn,
                new Provenance(user.getName(), reason, "import-" + id));
        if (report.accepted()) {
            return ResponseEntity.ok(report);
        }
        if (report.lostToConcurrentWrites()) {
            ProblemDetail conflict = Problems.of(HttpStatus.CONFLICT, "IMPORT_CONFLICT", "Import not recorded",
                    "Other steps kept being recorded on programme " + code + " during the import; nothing was"
                            + " recorded: send the file again", "Import non enregistré",
                    "D'autres opérations ont été enregistrées sur le programme " + code + " pendant l'import ; rien"
                            + " n'a été enregistré : renvoyez le fichier.");
            conflict.setProperty("importId", report.importId());
            conflict.setProperty("lines", report.lines());
            conflict.setProperty("errors", report.errors());
            return problem(HttpStatus.CONFLICT, conflict);
        }
        return ImportController.rejected(report.importId(), report.lines(), report.errors());
    }

    private static ResponseEntity<Object> problem(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
