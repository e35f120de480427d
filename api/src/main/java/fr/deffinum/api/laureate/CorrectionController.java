package fr.deffinum.api.laureate;

import static fr.deffinum.api.laureate.LaureateWrites.CORRELATION;
import static fr.deffinum.api.laureate.LaureateWrites.IF_MATCH;
import static fr.deffinum.api.laureate.LaureateWrites.provenance;

import fr.deffinum.domain.laureate.commands.AmendAward;
import fr.deffinum.domain.laureate.commands.CancelPayment;
import fr.deffinum.domain.laureate.commands.RecordRecovery;
import fr.deffinum.domain.laureate.commands.WithdrawLaureate;
import fr.deffinum.domain.money.Money;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Corrections over REST: each is a new event, nothing recorded before is edited. Recorded as every
 * step of a laureate is (see {@link LaureateWrites}): same ids, an {@code ETag}, {@code If-Match} honoured.
 */
@RestController
@RequestMapping("/api/laureates/{id}")
class CorrectionController {

    private final LaureateWrites writes;

    CorrectionController(LaureateWrites writes) {
        this.writes = writes;
    }

    @PostMapping(path = "/amendments", consumes = "application/json")
    @RecordedOrProposed
    ResponseEntity<?> amend(@PathVariable String id, @Valid @RequestBody CorrectionRequests.Amendment body,
                                         Principal user, @RequestHeader(name = CORRELATION, required = false) String correlation,
                                         @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return writes.submit(id, user, laureate -> new AmendAward(laureate, new Money(body.awardedAmount()),
                body.amendmentReference(), body.amendedOn(), TrancheRequest.tranches(body.tranches())),
                provenance(user, body.reason(), correlation, body.documents()), ifMatch);
    }

    @PostMapping(path = "/payments/{paymentId}/cancellation", consumes = "application/json")
    @RecordedOrProposed
    ResponseEntity<?> cancel(@PathVariable String id, @PathVariable String paymentId,
                                          @Valid @RequestBody CorrectionRequests.Cancellation body, Principal user,
                                          @RequestHeader(name = CORRELATION, required = false) String correlation,
                                          @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return writes.submit(id, user, laureate -> new CancelPayment(laureate, paymentId, body.cancelledOn()),
                provenance(user, body.reason(), correlation, body.documents()), ifMatch);
    }

    @PostMapping(path = "/recoveries", consumes = "application/json")
    @RecordedOrProposed
    ResponseEntity<?> recover(@PathVariable String id, @Valid @RequestBody CorrectionRequests.Recovery body,
                                           Principal user, @RequestHeader(name = CORRELATION, required = false) String correlation,
                                           @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return writes.submit(id, user, laureate -> new RecordRecovery(laureate, body.recoveryId(), new Money(body.amount()),
                body.recoveredOn()), provenance(user, body.reason(), correlation, body.documents()), ifMatch);
    }

    @PostMapping(path = "/withdrawal", consumes = "application/json")
    @RecordedOrProposed
    ResponseEntity<?> withdraw(@PathVariable String id, @Valid @RequestBody CorrectionRequests.Withdrawal body,
                                            Principal user, @RequestHeader(name = CORRELATION, required = false) String correlation,
                                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return writes.submit(id, user, laureate -> new WithdrawLaureate(laureate, body.withdrawnOn()),
                provenance(user, body.reason(), correlation, body.documents()), ifMatch);
    }
}
