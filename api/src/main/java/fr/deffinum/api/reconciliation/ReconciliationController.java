package fr.deffinum.api.reconciliation;

import fr.deffinum.application.reconciliation.Reconciliation;
import fr.deffinum.application.reconciliation.ReconciliationLine;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The press release's figures beside ours, each difference with the laureates that may explain it. */
@RestController
class ReconciliationController {

    private final Reconciliation reconciliation;

    ReconciliationController(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @GetMapping("/api/reconciliation")
    List<ReconciliationLine> lines() {
        return reconciliation.lines();
    }
}
