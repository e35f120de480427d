package fr.deffinum.api.dashboard;

import fr.deffinum.api.json.RevisionedJson;
import fr.deffinum.application.dashboard.Dashboard;
import fr.deffinum.application.dashboard.DashboardRow;
import fr.deffinum.application.ledger.AsOfReads;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.application.programme.Sectors;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The funding figures by programme, sector and status. */
@RestController
class DashboardController {

    private static final String CURRENT = "dashboard";
    private final AsOfReads reads;
    private final RevisionedJson current;

    DashboardController(AsOfReads reads, RevisionedJson current) {
        this.reads = reads;
        this.current = current;
    }

    /**
     * Now, or as recorded by {@code asOf} and in effect on {@code effectiveOn}, either or both; of
     * every programme, or of the laureates of {@code programme} (at that point) alone. Only
     * the current figures carry an {@code ETag}: a past point is recomputed, since a correction
     * recorded later in effect earlier changes what {@code effectiveOn} shows.
     */
    @GetMapping(path = "/api/dashboard")
    ResponseEntity<?> dashboard(@RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveOn,
            @RequestParam(required = false) ProgrammeCode programme,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        PointInTime point = new PointInTime(asOf, effectiveOn);
        if (asOf == null && effectiveOn == null) {
            return current.respond(programme == null ? CURRENT : List.of(CURRENT, programme), ifNoneMatch,
                    () -> groupings(reads.dashboard(point, programme)));
        }
        return ResponseEntity.ok(groupings(reads.dashboard(point, programme)));
    }

    private static Map<String, List<Map<String, Object>>> groupings(Dashboard dashboard) {
        Map<String, List<Map<String, Object>>> groupings = new LinkedHashMap<>();
        groupings.put("programmes", dashboard.programmes().stream().map(row -> figures("programme", row.key(), row)).toList());
        groupings.put("sectors", dashboard.sectors().stream().map(row -> sector(row)).toList());
        groupings.put("statuses", dashboard.statuses().stream().map(row -> figures("status", row.key(), row)).toList());
        return groupings;
    }

    private static Map<String, Object> sector(DashboardRow row) {
        Map<String, Object> figures = figures("sector", row.key(), row);
        figures.put("label", Sectors.label(row.key()));
        return figures;
    }

    private static Map<String, Object> figures(String label, String key, DashboardRow row) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put(label, key);
        figures.put("laureates", row.laureates());
        figures.put("totalCost", row.totalCost());
        figures.put("maxGrant", row.maxGrant());
        figures.put("awarded", row.awarded());
        figures.put("pendingMaximum", row.pendingMaximum());
        figures.put("released", row.released());
        figures.put("paid", row.paid());
        figures.put("exposure", row.exposure());
        figures.put("pendingShare", row.pendingShare());
        return figures;
    }
}
