package fr.deffinum.api.web.dashboard;

import fr.deffinum.application.dashboard.Dashboard;
import fr.deffinum.application.dashboard.DashboardRow;
import fr.deffinum.application.french.FrenchInput;
import fr.deffinum.application.ledger.AsOfReads;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Tableau de bord: how much of the envelope is firm, still a maximum, paid; by programme, sector, status. */
@Controller
class DashboardPage {

    private final AsOfReads reads;

    DashboardPage(AsOfReads reads) {
        this.reads = reads;
    }

    /** Today's figures, or those in effect on the day {@code au} (jj/mm/aaaa), as known now. */
    @GetMapping("/")
    String show(@RequestParam(name = "au", required = false) String au, Model model) {
        Optional<LocalDate> effectiveOn = FrenchInput.date(au);
        model.addAttribute("au", au == null ? "" : au);
        model.addAttribute("effectiveOn", effectiveOn.orElse(null));
        model.addAttribute("auError", au != null && !au.isBlank() && effectiveOn.isEmpty()
                ? "Saisissez une date au format jj/mm/aaaa." : null);
        Dashboard dashboard = reads.dashboard(new PointInTime(null, effectiveOn.orElse(null)));
        model.addAttribute("programmes", dashboard.programmes());
        model.addAttribute("total", total(dashboard.programmes()));
        model.addAttribute("sectors", dashboard.sectors());
        model.addAttribute("statuses", dashboard.statuses());
        return "dashboard";
    }

    private static DashboardRow total(List<DashboardRow> rows) {
        return new DashboardRow("TOTAL", rows.stream().mapToLong(DashboardRow::laureates).sum(),
                sum(rows, DashboardRow::totalCost), sum(rows, DashboardRow::maxGrant), sum(rows, DashboardRow::awarded),
                sum(rows, DashboardRow::pendingMaximum), sum(rows, DashboardRow::released), sum(rows, DashboardRow::paid));
    }

    private static Money sum(List<DashboardRow> rows, Function<DashboardRow, Money> figure) {
        return rows.stream().map(figure).reduce(Money.ZERO, Money::plus);
    }
}
