package fr.deffinum.api.programme;

import fr.deffinum.api.laureate.PlausibleDate;
import fr.deffinum.api.problem.ProgrammeNotFound;
import fr.deffinum.application.convention.DeadlinesProperties;
import fr.deffinum.application.convention.QuarterFigures;
import fr.deffinum.application.convention.ScheduleFacts;
import fr.deffinum.application.convention.Schedules;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.application.programme.ProgrammeRecorder;
import fr.deffinum.application.programme.ProgrammeView;
import fr.deffinum.application.programme.Programmes;
import fr.deffinum.domain.programme.Deadlines;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.programme.commands.SetDeadlines;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A programme's deadlines (conventions within so many days of the decision, final reports within so many
 * months of the project's end), stated by an administrator as an event; and what its schedules plan and
 * what was paid, by quarter.
 */
@RestController
class DeadlinesController {

    private final ProgrammeRecorder recorder;
    private final Programmes programmes;
    private final ScheduleFacts facts;
    private final Schedules schedules;
    private final DeadlinesProperties defaults;

    DeadlinesController(ProgrammeRecorder recorder, Programmes programmes, ScheduleFacts facts, Schedules schedules,
                        DeadlinesProperties defaults) {
        this.recorder = recorder;
        this.programmes = programmes;
        this.facts = facts;
        this.schedules = schedules;
        this.defaults = defaults;
    }

    /** {@code effectiveOn}: the day they apply from, today when absent. */
    record DeadlinesBody(@NotNull Integer conventionWithinDays, @NotNull Integer finalReportWithinMonths,
                         @PlausibleDate LocalDate effectiveOn, @NotBlank @Size(max = 2000) String reason) {
    }

    /** The deadlines in force today, and whether they were recorded or are the default of programmes without any. */
    record DeadlinesResponse(String programme, int conventionWithinDays, int finalReportWithinMonths, boolean recorded) {
    }

    @GetMapping("/api/programmes/{code}/deadlines")
    DeadlinesResponse read(@PathVariable String code) {
        return response(find(code).code());
    }

    @PutMapping(path = "/api/programmes/{code}/deadlines", consumes = "application/json")
    DeadlinesResponse set(@PathVariable String code, @Valid @RequestBody DeadlinesBody body, Principal user) {
        ProgrammeView programme = find(code);
        recorder.setDeadlines(new SetDeadlines(programme.code(), new Deadlines(body.conventionWithinDays(),
                body.finalReportWithinMonths()), body.effectiveOn() == null ? Schedules.today() : body.effectiveOn()),
                new Provenance(user.getName(), body.reason(), null));
        return new DeadlinesResponse(programme.code().value(), body.conventionWithinDays(), body.finalReportWithinMonths(),
                true);
    }

    @GetMapping("/api/programmes/{code}/quarters")
    List<QuarterFigures> quarters(@PathVariable String code, @RequestParam(required = false) Instant asOf,
                                  @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveOn) {
        return schedules.quarters(find(code).code(), new PointInTime(asOf, effectiveOn));
    }

    private DeadlinesResponse response(ProgrammeCode code) {
        Deadlines recorded = facts.deadlines(new PointInTime(null, Schedules.today())).get(code);
        Deadlines deadlines = recorded == null ? defaults.defaults() : recorded;
        return new DeadlinesResponse(code.value(), deadlines.conventionWithinDays(), deadlines.finalReportWithinMonths(),
                recorded != null);
    }

    private ProgrammeView find(String code) {
        ProgrammeCode programme = ProgrammeNotFound.requireCode(code);
        return programmes.find(programme).orElseThrow(() -> new ProgrammeNotFound(code));
    }
}
