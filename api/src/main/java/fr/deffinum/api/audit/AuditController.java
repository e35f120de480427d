package fr.deffinum.api.audit;

import fr.deffinum.application.audit.AuditFilter;
import fr.deffinum.application.audit.AuditJournal;
import fr.deffinum.application.audit.AuditPage;
import java.time.Instant;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The journal of all events, newest first, for auditors. */
@RestController
class AuditController {

    private final AuditJournal journal;

    AuditController(AuditJournal journal) {
        this.journal = journal;
    }

    @GetMapping(path = "/api/audit")
    AuditPage audit(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                    @RequestParam(required = false) String actor,
                    @RequestParam(required = false) String type,
                    @RequestParam(required = false) String laureate,
                    @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "50") int size) {
        return journal.search(new AuditFilter(from, to, actor, type, laureate, page, size));
    }
}
