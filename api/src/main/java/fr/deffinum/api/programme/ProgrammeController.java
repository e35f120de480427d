package fr.deffinum.api.programme;

import fr.deffinum.api.problem.ProgrammeNotFound;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.application.programme.ProgrammeReads;
import fr.deffinum.application.programme.ProgrammeRecorder;
import fr.deffinum.application.programme.ProgrammeView;
import fr.deffinum.application.programme.Programmes;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.programme.commands.AssignOfficers;
import fr.deffinum.domain.programme.commands.ChangeEnvelope;
import fr.deffinum.domain.programme.commands.OpenProgramme;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Programmes over REST: each with its envelope and its laureates' figures, now or at a point in
 * time, as the dashboard reads them; opening one, changing its envelope and naming its officers are
 * for administrators (see the security configuration). The actor of every recorded event is the
 * authenticated user.
 */
@RestController
@RequestMapping("/api/programmes")
class ProgrammeController {

    private static final String CORRELATION = "X-Correlation-Id";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ProgrammeRecorder recorder;
    private final ProgrammeReads reads;
    private final Programmes programmes;

    ProgrammeController(ProgrammeRecorder recorder, ProgrammeReads reads, Programmes programmes) {
        this.recorder = recorder;
        this.reads = reads;
        this.programmes = programmes;
    }

    /** Now, or as recorded by {@code asOf} and in effect on {@code effectiveOn}, either or both. */
    @GetMapping
    @ApiResponse(responseCode = "200", description = "Every programme with its envelope and figures",
            content = @Content(mediaType = "application/json",
                    array = @ArraySchema(schema = @Schema(implementation = ProgrammeSummary.class))))
    List<ProgrammeSummary> list(@RequestParam(required = false) Instant asOf,
                                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveOn) {
        return reads.all(new PointInTime(asOf, effectiveOn)).stream().map(ProgrammeSummary::of).toList();
    }

    @GetMapping("/{code}")
    ProgrammeDetail one(@PathVariable String code, @RequestParam(required = false) Instant asOf,
                        @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveOn) {
        return detail(ProgrammeNotFound.requireCode(code), new PointInTime(asOf, effectiveOn));
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<ProgrammeDetail> open(@Valid @RequestBody ProgrammeRequests.Opening body, Principal user,
                                         @RequestHeader(name = CORRELATION, required = false) String correlation) {
        ProgrammeCode code = new ProgrammeCode(body.code());
        List<String> sectors = body.sectors() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(body.sectors().stream().map(String::strip).toList()));
        recorder.open(new OpenProgramme(code, body.name().strip(), blankAsNull(body.plan()), body.euFunded(),
                blankAsNull(body.operator()), body.openedOn(), body.envelope() == null ? null : new Money(body.envelope()),
                sectors), provenance(user, body.reason(), correlation));
        return ResponseEntity.created(URI.create("/api/programmes/" + code)).body(detail(code, PointInTime.NOW));
    }

    @PostMapping(path = "/{code}/envelope", consumes = "application/json")
    ProgrammeDetail changeEnvelope(@PathVariable String code, @Valid @RequestBody ProgrammeRequests.EnvelopeChange body,
                                   Principal user, @RequestHeader(name = CORRELATION, required = false) String correlation) {
        ProgrammeCode programme = require(code).code();
        recorder.changeEnvelope(new ChangeEnvelope(programme, new Money(body.envelope()), body.changedOn(),
                body.reason().strip()), provenance(user, body.reason(), correlation));
        return detail(programme, PointInTime.NOW);
    }

    /** The officers named replace those before; naming the same ones again records nothing. */
    @PutMapping(path = "/{code}/officers", consumes = "application/json")
    ProgrammeDetail assignOfficers(@PathVariable String code,
                                   @Valid @RequestBody ProgrammeRequests.OfficerAssignment body, Principal user,
                                   @RequestHeader(name = CORRELATION, required = false) String correlation) {
        ProgrammeView programme = require(code);
        LocalDate today = LocalDate.now(PARIS);
        LocalDate on = body.assignedOn() != null ? body.assignedOn()
                : programme.openedOn().isAfter(today) ? programme.openedOn() : today;
        Set<String> officers = new TreeSet<>(body.officers().stream().map(String::strip).toList());
        recorder.assignOfficers(new AssignOfficers(programme.code(), officers, on),
                provenance(user, body.reason(), correlation));
        return detail(programme.code(), PointInTime.NOW);
    }

    private ProgrammeView require(String code) {
        return programmes.find(ProgrammeNotFound.requireCode(code)).orElseThrow(() -> new ProgrammeNotFound(code));
    }

    private ProgrammeDetail detail(ProgrammeCode code, PointInTime point) {
        return reads.one(code, point).map(figures -> ProgrammeDetail.of(figures, reads.envelopeHistory(code, point)))
                .orElseThrow(() -> new ProgrammeNotFound(code.value()));
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Provenance provenance(Principal user, String reason, String correlation) {
        return new Provenance(user.getName(), reason == null ? null : reason.strip(),
                correlation == null || correlation.isBlank() ? null
                        : correlation.substring(0, Math.min(correlation.length(), 100)));
    }
}
