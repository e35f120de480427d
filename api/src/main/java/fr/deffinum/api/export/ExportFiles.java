package fr.deffinum.api.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.deffinum.application.export.OpenDataExports;
import fr.deffinum.application.export.ScdlSubventions;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** The export files as bytes, made once per request, so that a file and its manifest describe the same bytes. */
@Component
class ExportFiles {

    static final String LAUREATES = "laureates.csv";
    static final String THREE_SIXTY_GIVING = "360giving.json";
    static final String SCDL = "scdl.csv";
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final OpenDataExports exports;
    private final ObjectMapper json;

    ExportFiles(OpenDataExports exports, ObjectMapper json) {
        this.exports = exports;
        this.json = json;
    }

    Optional<ExportFile> named(String name, ProgrammeCode programme) {
        return switch (name) {
            case LAUREATES -> Optional.of(laureates(programme));
            case THREE_SIXTY_GIVING -> Optional.of(threeSixtyGiving(programme));
            case SCDL -> Optional.of(scdl(programme));
            default -> Optional.empty();
        };
    }

    ExportFile laureates(ProgrammeCode programme) {
        return new ExportFile(name(LAUREATES, programme), utf8(exports.laureatesCsv(programme)), CSV, "laureats.csv",
                HttpHeaders.EMPTY);
    }

    ExportFile threeSixtyGiving(ProgrammeCode programme) {
        try {
            return new ExportFile(name(THREE_SIXTY_GIVING, programme),
                    json.writeValueAsBytes(exports.threeSixtyGiving(programme)), MediaType.APPLICATION_JSON, null,
                    HttpHeaders.EMPTY);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The 360Giving package does not write as JSON", e);
        }
    }

    ExportFile scdl(ProgrammeCode programme) {
        ScdlSubventions.Export export = exports.scdl(programme);
        HttpHeaders headers = new HttpHeaders();
        headers.add(ExportController.WITHOUT_SIRET, String.valueOf(export.withoutSiret().size()));
        headers.add(HttpHeaders.LINK, "</api/exports/scdl-report.json" + query(programme) + ">; rel=\"describedby\"");
        return new ExportFile(name(SCDL, programme), utf8(export.csv()), CSV, "subventions-scdl.csv", headers);
    }

    private static String name(String file, ProgrammeCode programme) {
        return file + query(programme);
    }

    private static String query(ProgrammeCode programme) {
        return programme == null ? "" : "?programme=" + programme;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
