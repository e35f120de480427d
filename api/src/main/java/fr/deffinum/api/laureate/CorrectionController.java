package fr.deffinum.api.laureate;

import static fr.deffinum.api.laureate.LaureateController.provenance;

import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.commands.AmendAward;
import fr.deffinum.domain.laureate.commands.CancelPayment;
import fr.deffinum.domain.laureate.commands.RecordRecovery;
import fr.deffinum.domain.laureate.commands.WithdrawLaureate;
import fr.deffinum.domain.money.Money;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Corrections over REST: each is a new event, nothing recorded before is edited. */
@RestController
@RequestMapping("/api/laureates/{id}")
class CorrectionController {

    private final LaureateRecorder recorder;

    CorrectionController(LaureateRecorder recorder) {
        this.recorder = recorder;
    }

    @PostMapping(path = "/amendments", consumes = "application/json")
    LaureateDetail amend(@PathVariable String id, @Valid @RequestBody CorrectionRequests.Amendment body,
                         Principal user, @RequestHeader(name = "X-Correlation-Id", required = false) String correlation) {
        return LaureateDetail.of(recorder.amend(new AmendAward(new LaureateId(id), new Money(body.awardedAmount()),
                body.amendmentReference(), body.amendedOn()), provenance(user, body.reason(), correlation)));
    }

    @PostMapping(path = "/payments/{paymentId}/cancellation", consumes = "application/json")
    LaureateDetail cancel(@PathVariable String id, @PathVariable String paymentId,
                          @Valid @RequestBody CorrectionRequests.Cancellation body, Principal user,
                          @RequestHeader(name = "X-Correlation-Id", required = false) String correlation) {
        return LaureateDetail.of(recorder.cancelPayment(new CancelPayment(new LaureateId(id), paymentId,
                body.cancelledOn()), provenance(user, body.reason(), correlation)));
    }

    @PostMapping(path = "/recoveries", consumes = "application/json")
    LaureateDetail recover(@PathVariable String id, @Valid @RequestBody CorrectionRequests.Recovery body,
                           Principal user, @RequestHeader(name = "X-Correlation-Id", required = false) String correlation) {
        return LaureateDetail.of(recorder.recover(new RecordRecovery(new LaureateId(id), body.recoveryId(),
                new Money(body.amount()), body.recoveredOn()), provenance(user, body.reason(), correlation)));
    }

    @PostMapping(path = "/withdrawal", consumes = "application/json")
    LaureateDetail withdraw(@PathVariable String id, @Valid @RequestBody CorrectionRequests.Withdrawal body,
                            Principal user, @RequestHeader(name = "X-Correlation-Id", required = false) String correlation) {
        return LaureateDetail.of(recorder.withdraw(new WithdrawLaureate(new LaureateId(id), body.withdrawnOn()),
                provenance(user, body.reason(), correlation)));
    }
}
