package fr.deffinum.api.work;

import fr.deffinum.application.convention.Schedules;
import fr.deffinum.application.convention.WorkFilter;
import fr.deffinum.application.convention.WorkQueue;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/work}: proposals to approve, tranches payable, reports due within 30 days, reports and
 * conventions late, on {@code effectiveOn} (today by default) as known at {@code asOf} (now by default);
 * for one {@code programme}, the signed-in person's programmes ({@code mine}) or all.
 */
@RestController
class WorkController {

    private final WorkQueue queue;
    private final WorkScope scope;

    WorkController(WorkQueue queue, WorkScope scope) {
        this.queue = queue;
        this.scope = scope;
    }

    @GetMapping("/api/work")
    List<WorkItemResponse> work(@RequestParam(required = false) ProgrammeCode programme,
                                @RequestParam(defaultValue = "false") boolean mine,
                                @RequestParam(required = false) Instant asOf,
                                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveOn,
                                Principal user) {
        LocalDate day = effectiveOn == null ? Schedules.today() : effectiveOn;
        return queue.items(new WorkFilter(scope.of(user, programme, mine), day, asOf)).stream()
                .map(WorkItemResponse::of).toList();
    }
}
