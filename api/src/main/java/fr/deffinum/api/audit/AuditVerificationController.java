package fr.deffinum.api.audit;

import fr.deffinum.api.problem.LaureateNotFound;
import fr.deffinum.application.integrity.ChainVerification;
import fr.deffinum.application.integrity.EventChainVerification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Whether the event store is as it was recorded: every hash and chain link recomputed, for any reader. */
@RestController
class AuditVerificationController {

    private final EventChainVerification verification;

    AuditVerificationController(EventChainVerification verification) {
        this.verification = verification;
    }

    @GetMapping(path = "/api/audit/verify")
    ChainVerification verify(@RequestParam(required = false) String laureate) {
        ChainVerification result = verification.verify(laureate);
        if (laureate != null && result.eventsChecked() == 0) {
            throw new LaureateNotFound(laureate);
        }
        return result;
    }
}
