package fr.deffinum.api.laureate;

import static fr.deffinum.api.laureate.LaureateWrites.CORRELATION;
import static fr.deffinum.api.laureate.LaureateWrites.IF_MATCH;
import static fr.deffinum.api.problem.LaureateNotFound.requireId;
import static fr.deffinum.api.laureate.LaureateWrites.provenance;

import fr.deffinum.api.json.RevisionedJson;
import fr.deffinum.api.problem.LaureateNotFound;
import fr.deffinum.api.security.ProgrammeOfficers;
import fr.deffinum.application.audit.LaureateHistory;
import fr.deffinum.application.laureate.LaureateFilter;
import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.ledger.AsOfReads;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.application.programme.ProgrammeSectors;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.commands.EvaluateLaureate;
import fr.deffinum.domain.laureate.commands.MakePayment;
import fr.deffinum.domain.laureate.commands.NotifyDecision;
import fr.deffinum.domain.laureate.commands.RecordSiret;
import fr.deffinum.domain.laureate.commands.RedirectLaureate;
import fr.deffinum.domain.laureate.commands.SelectLaureate;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Laureates over REST: read their funding status and history, record the steps of their
 * lifecycle. The actor of every recorded event is the authenticated user, who records only in the
 * programmes they are an officer of (an administrator in all).
 */
@RestController
@RequestMapping("/api/laureates")
class LaureateController {

    private final LaureateRecorder recorder;
    private final LaureateWrites writes;
    private final LaureateHistory history;
    private final AsOfReads reads;
    private final RevisionedJson current;
    private final ProgrammeSectors sectors;
    private final ProgrammeOfficers officers;
    private final LaureateResponses responses;

    LaureateController(LaureateRecorder recorder, LaureateWrites writes, LaureateHistory history, AsOfReads reads,
                       RevisionedJson current, ProgrammeSectors sectors, ProgrammeOfficers officers,
                       LaureateResponses responses) {
        this.responses = responses;
        this.sectors = sectors;
        this.officers = officers;
        this.recorder = recorder;
        this.writes = writes;
        this.history = history;
        this.reads = reads;
        this.current = current;
    }

    /** The current list carries an {@code ETag}; a past point is recomputed, as on the dashboard. */
    @GetMapping
    @ApiResponse(responseCode = "200", description = "The laureates that match, with their figures",
            content = @Content(mediaType = "application/json",
                    array = @ArraySchema(schema = @Schema(implementation = LaureateSummary.class))))
    ResponseEntity<?> list(@RequestParam(required = false) ProgrammeCode programme,
                           @RequestParam(required = false) LaureateStatus status,
                           @RequestParam(required = false) String sector,
                           @RequestParam(required = false) String q,
                           @RequestParam(required = false) Instant asOf,
                           @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveOn,
                           @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        LaureateFilter filter = new LaureateFilter(programme, status, sector, q);
        PointInTime point = new PointInTime(asOf, effectiveOn);
        Supplier<List<LaureateSummary>> list = () -> reads.search(filter, point).stream().map(LaureateSummary::of).toList();
        if (asOf == null && effectiveOn == null) {
            return current.respond(filter, ifNoneMatch, list);
        }
        return ResponseEntity.ok(list.get());
    }

    @GetMapping("/{id}")
    ResponseEntity<LaureateDetail> one(@PathVariable String id, @RequestParam(required = false) Instant asOf,
                                       @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveOn) {
        PointInTime point = new PointInTime(asOf, effectiveOn);
        return responses.withVersion(ResponseEntity.ok(), reads.find(id, point).orElseThrow(() -> new LaureateNotFound(id)),
                point);
    }

    @GetMapping("/{id}/events")
    List<EventResponse> events(@PathVariable String id, @RequestParam(required = false) Instant asOf,
                               @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveOn) {
        if (!recorder.exists(requireId(id))) {
            throw new LaureateNotFound(id);
        }
        return history.of(id, new PointInTime(asOf, effectiveOn)).stream().map(EventResponse::of).toList();
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<LaureateDetail> select(@Valid @RequestBody Requests.Selection body, Principal user,
                                          @RequestHeader(name = CORRELATION, required = false) String correlation) {
        officers.requireOfficer(user, body.programme());
        LaureateId id = LaureateId.random();
        String sector = sectors.stored(body.programme(), body.sector());
        LaureateView view = recorder.select(new SelectLaureate(id, body.programme(), body.reference(), body.name(),
                body.lead(), body.sectorsAsPublished(), sector, body.scope(), new Money(body.totalCost()),
                new Money(body.maxGrant()), body.selectedOn()), provenance(user, body.reason(), correlation));
        return responses.withVersion(ResponseEntity.created(URI.create("/api/laureates/" + id)), view);
    }

    @PostMapping(path = "/{id}/redirection", consumes = "application/json")
    ResponseEntity<LaureateDetail> redirect(@PathVariable String id, @Valid @RequestBody Requests.Redirection body,
                                            Principal user, @RequestHeader(name = CORRELATION, required = false) String correlation,
                                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return writes.record(id, user, laureate -> new RedirectLaureate(laureate, body.target(), body.strategy(),
                        body.redirectedOn()),
                provenance(user, body.reason(), correlation, body.documents()), ifMatch);
    }

    @PostMapping(path = "/{id}/notification", consumes = "application/json")
    @RecordedOrProposed
    ResponseEntity<?> notify(@PathVariable String id, @Valid @RequestBody Requests.Notification body,
                                          Principal user, @RequestHeader(name = CORRELATION, required = false) String correlation,
                                          @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return writes.submit(id, user, laureate -> new NotifyDecision(laureate, new Money(body.awardedAmount()),
                body.decisionReference(), body.notifiedOn()), provenance(user, body.reason(), correlation, body.documents()), ifMatch);
    }

    @PostMapping(path = "/{id}/payments", consumes = "application/json")
    @RecordedOrProposed
    ResponseEntity<?> pay(@PathVariable String id, @Valid @RequestBody Requests.Payment body,
                                       Principal user, @RequestHeader(name = CORRELATION, required = false) String correlation,
                                       @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return writes.submit(id, user, laureate -> new MakePayment(laureate, body.paymentId(), new Money(body.amount()),
                body.kind(), body.paidOn(), body.trancheId()), provenance(user, body.reason(), correlation, body.documents()),
                ifMatch);
    }

    @PostMapping(path = "/{id}/evaluation", consumes = "application/json")
    ResponseEntity<LaureateDetail> evaluate(@PathVariable String id, @Valid @RequestBody Requests.Evaluation body,
                                            Principal user, @RequestHeader(name = CORRELATION, required = false) String correlation,
                                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return writes.record(id, user, laureate -> new EvaluateLaureate(laureate, body.outcome(), body.comment(),
                body.evaluatedOn()), provenance(user, body.comment(), correlation, body.documents()), ifMatch);
    }

    @PostMapping(path = "/{id}/siret", consumes = "application/json")
    ResponseEntity<LaureateDetail> recordSiret(@PathVariable String id, @Valid @RequestBody Requests.SiretRecording body,
                                               Principal user,
                                               @RequestHeader(name = CORRELATION, required = false) String correlation,
                                               @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        LocalDate on = body.recordedOn() == null ? LocalDate.now() : body.recordedOn();
        return writes.record(id, user, laureate -> new RecordSiret(laureate, body.siret().strip(), on),
                provenance(user, body.reason(), correlation, body.documents()), ifMatch);
    }
}
