package fr.deffinum.api.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.deffinum.application.export.ExportManifest;
import fr.deffinum.application.export.ExportManifests;
import fr.deffinum.application.export.OpenDataExports;
import fr.deffinum.application.export.ScdlSubventions;
import fr.deffinum.domain.programme.ProgrammeCode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The laureates in the formats others read. The SCDL file says in its headers how many rows lack
 * the beneficiary's SIRET; {@code scdl-report.json} names them, and what else is missing. Each
 * file holds every programme's laureates, or one programme's with {@code programme=CODE}. When the
 * run signs, each file carries its signed manifest in {@value #MANIFEST}, made from the very bytes
 * served; {@code <file>.manifest.json} makes the file again and answers its manifest alone.
 */
@RestController
@RequestMapping("/api/exports")
public class ExportController {

    public static final String WITHOUT_SIRET = "X-Scdl-Rows-Without-Siret";
    public static final String MANIFEST = "X-Export-Manifest";

    private final ExportFiles files;
    private final OpenDataExports exports;
    private final ExportManifests manifests;
    private final ObjectMapper json;

    ExportController(ExportFiles files, OpenDataExports exports, ExportManifests manifests, ObjectMapper json) {
        this.files = files;
        this.exports = exports;
        this.manifests = manifests;
        this.json = json;
    }

    @GetMapping("/laureates.csv")
    @ApiResponse(responseCode = "200", description = "The laureates as CSV; its signed manifest in X-Export-Manifest",
            content = @Content(mediaType = "text/csv"))
    public ResponseEntity<byte[]> laureates(@RequestParam(required = false) ProgrammeCode programme) {
        return served(files.laureates(programme));
    }

    @GetMapping(path = "/360giving.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "A 360Giving package; its signed manifest in X-Export-Manifest",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
    public ResponseEntity<byte[]> threeSixtyGiving(@RequestParam(required = false) ProgrammeCode programme) {
        return served(files.threeSixtyGiving(programme));
    }

    @GetMapping("/scdl.csv")
    @ApiResponse(responseCode = "200", description = "The SCDL subventions CSV; its signed manifest in X-Export-Manifest",
            content = @Content(mediaType = "text/csv"))
    public ResponseEntity<byte[]> scdl(@RequestParam(required = false) ProgrammeCode programme) {
        return served(files.scdl(programme));
    }

    @GetMapping(path = "/scdl-report.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, List<String>> scdlReport(@RequestParam(required = false) ProgrammeCode programme) {
        ScdlSubventions.Export export = exports.scdl(programme);
        return Map.of("withoutSiret", export.withoutSiret(), "notNotified", export.notNotified(),
                "publisherIdsMissing", export.publisherIdsMissing());
    }

    /** {@code file} is laureates.csv, 360giving.json or scdl.csv. */
    @GetMapping(path = "/{file}.manifest.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "The signed manifest of the file as it would be served now",
            content = @Content(schema = @Schema(implementation = ExportManifest.class)))
    @ApiResponse(responseCode = "404", description = "No such export file")
    @ApiResponse(responseCode = "409", description = "SIGNING_OFF: this run has no signing key")
    public ExportManifest manifest(@PathVariable String file, @RequestParam(required = false) ProgrammeCode programme) {
        ExportFile made = files.named(file, programme)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No export file " + file));
        return manifests.of(made.name(), made.bytes());
    }

    private ResponseEntity<byte[]> served(ExportFile file) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(file.type());
        if (file.downloadName() != null) {
            headers.setContentDisposition(ContentDisposition.attachment()
                    .filename(file.downloadName(), StandardCharsets.UTF_8).build());
        }
        headers.addAll(file.headers());
        if (manifests.signing()) {
            headers.add(MANIFEST, manifestJson(manifests.of(file.name(), file.bytes())));
        }
        return ResponseEntity.ok().headers(headers).body(file.bytes());
    }

    private String manifestJson(ExportManifest manifest) {
        try {
            return json.writeValueAsString(manifest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A manifest does not write as JSON", e);
        }
    }
}
