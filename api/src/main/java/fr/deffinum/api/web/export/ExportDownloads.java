package fr.deffinum.api.web.export;

import fr.deffinum.api.export.ExportController;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The same files as {@code /api/exports} under the pages' session sign-in; {@code programme=CODE} for one programme's. */
@RestController
class ExportDownloads {

    private final ExportController exports;

    ExportDownloads(ExportController exports) {
        this.exports = exports;
    }

    @GetMapping("/exports/laureats.csv")
    ResponseEntity<byte[]> laureates(@RequestParam(required = false) ProgrammeCode programme) {
        return exports.laureates(programme);
    }

    @GetMapping(path = "/exports/360giving.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> threeSixtyGiving(@RequestParam(required = false) ProgrammeCode programme) {
        return exports.threeSixtyGiving(programme);
    }

    @GetMapping("/exports/subventions-scdl.csv")
    ResponseEntity<byte[]> scdl(@RequestParam(required = false) ProgrammeCode programme) {
        return exports.scdl(programme);
    }

    @GetMapping(path = "/exports/subventions-scdl-rapport.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, List<String>> scdlReport(@RequestParam(required = false) ProgrammeCode programme) {
        return exports.scdlReport(programme);
    }
}
