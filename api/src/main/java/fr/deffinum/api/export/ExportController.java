package fr.deffinum.api.export;

import fr.deffinum.application.export.OpenDataExports;
import fr.deffinum.application.export.ScdlSubventions;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The laureates in the formats others read. The SCDL file says in its headers how many rows lack
 * the beneficiary's SIRET; {@code scdl-report.json} names them, and what else is missing. Each
 * file holds every programme's laureates, or one programme's with {@code programme=CODE}.
 */
@RestController
@RequestMapping("/api/exports")
public class ExportController {

    public static final String WITHOUT_SIRET = "X-Scdl-Rows-Without-Siret";
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final OpenDataExports exports;

    public ExportController(OpenDataExports exports) {
        this.exports = exports;
    }

    @GetMapping("/laureates.csv")
    public ResponseEntity<String> laureates(@RequestParam(required = false) ProgrammeCode programme) {
        return csv(exports.laureatesCsv(programme), "laureats.csv", HttpHeaders.EMPTY);
    }

    @GetMapping(path = "/360giving.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> threeSixtyGiving(@RequestParam(required = false) ProgrammeCode programme) {
        return exports.threeSixtyGiving(programme);
    }

    @GetMapping("/scdl.csv")
    public ResponseEntity<String> scdl(@RequestParam(required = false) ProgrammeCode programme) {
        ScdlSubventions.Export export = exports.scdl(programme);
        HttpHeaders headers = new HttpHeaders();
        headers.add(WITHOUT_SIRET, String.valueOf(export.withoutSiret().size()));
        headers.add(HttpHeaders.LINK, "</api/exports/scdl-report.json" + (programme == null ? "" : "?programme=" + programme)
                + ">; rel=\"describedby\"");
        return csv(export.csv(), "subventions-scdl.csv", headers);
    }

    @GetMapping(path = "/scdl-report.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, List<String>> scdlReport(@RequestParam(required = false) ProgrammeCode programme) {
        ScdlSubventions.Export export = exports.scdl(programme);
        return Map.of("withoutSiret", export.withoutSiret(), "notNotified", export.notNotified(),
                "publisherIdsMissing", export.publisherIdsMissing());
    }

    private static ResponseEntity<String> csv(String body, String fileName, HttpHeaders extra) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(CSV);
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
        headers.addAll(extra);
        return ResponseEntity.ok().headers(headers).body(body);
    }
}
