package fr.deffinum.api.web.export;

import fr.deffinum.api.export.ExportController;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The same files as {@code /api/exports}, under the pages' session sign-in. */
@RestController
class ExportDownloads {

    private final ExportController exports;

    ExportDownloads(ExportController exports) {
        this.exports = exports;
    }

    @GetMapping("/exports/laureats.csv")
    ResponseEntity<String> laureates() {
        return exports.laureates();
    }

    @GetMapping(path = "/exports/360giving.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> threeSixtyGiving() {
        return exports.threeSixtyGiving();
    }

    @GetMapping("/exports/subventions-scdl.csv")
    ResponseEntity<String> scdl() {
        return exports.scdl();
    }

    @GetMapping(path = "/exports/subventions-scdl-rapport.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, List<String>> scdlReport() {
        return exports.scdlReport();
    }
}
