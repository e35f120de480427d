package fr.deffinum.api.web.reconciliation;

import fr.deffinum.application.reconciliation.Reconciliation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Rapprochement : each published figure beside ours, and the laureates behind each difference. */
@Controller
class ReconciliationPage {

    private final Reconciliation reconciliation;

    ReconciliationPage(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @GetMapping("/rapprochement")
    String show(Model model) {
        model.addAttribute("lines", reconciliation.lines());
        return "reconciliation";
    }
}
