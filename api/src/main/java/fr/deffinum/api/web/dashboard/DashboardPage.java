package fr.deffinum.api.web.dashboard;

import fr.deffinum.application.dashboard.Dashboard;
import fr.deffinum.application.dashboard.DashboardRow;
import fr.deffinum.application.dashboard.Dashboards;
import fr.deffinum.domain.money.Money;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Tableau de bord: how much of the envelope is firm, still a maximum, paid; by programme, sector, status. */
@Controller
class DashboardPage {

    private final Dashboards dashboards;

    DashboardPage(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/")
    String show(Model model) {
        Dashboard dashboard = dashboards.current();
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
