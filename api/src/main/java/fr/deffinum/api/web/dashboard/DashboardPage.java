package fr.deffinum.api.web.dashboard;

import fr.deffinum.application.dashboard.Dashboard;
import fr.deffinum.application.dashboard.DashboardRow;
import fr.deffinum.application.french.FrenchInput;
import fr.deffinum.application.convention.Schedules;
import fr.deffinum.application.convention.WorkFilter;
import fr.deffinum.application.convention.WorkItem;
import fr.deffinum.application.convention.WorkQueue;
import fr.deffinum.application.ledger.AsOfReads;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.application.programme.ProgrammeReads;
import fr.deffinum.api.web.programme.ProgrammeCard;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Tableau de bord: how much is firm, still a maximum, paid; by programme (each with the gauge of its
 * envelope), sector, status; for every programme or the one {@code programme} names.
 */
@Controller
class DashboardPage {

    private final AsOfReads reads;
    private final ProgrammeReads programmes;
    private final Schedules schedules;
    private final WorkQueue work;

    DashboardPage(AsOfReads reads, ProgrammeReads programmes, Schedules schedules, WorkQueue work) {
        this.reads = reads;
        this.programmes = programmes;
        this.schedules = schedules;
        this.work = work;
    }

    /** Today's figures, or those in effect on the day {@code au} (jj/mm/aaaa), as known now. */
    @GetMapping("/")
    String show(@RequestParam(name = "au", required = false) String au,
                @RequestParam(name = "programme", required = false) String programme, Model model) {
        Optional<LocalDate> effectiveOn = FrenchInput.date(au);
        PointInTime point = new PointInTime(null, effectiveOn.orElse(null));
        Map<String, ProgrammeCard> cards = programmes.all(point).stream().map(ProgrammeCard::of)
                .collect(Collectors.toMap(card -> card.programme().code().value(), Function.identity()));
        ProgrammeCode only = programme == null || !cards.containsKey(programme) ? null : new ProgrammeCode(programme);
        model.addAttribute("au", au == null ? "" : au);
        model.addAttribute("effectiveOn", effectiveOn.orElse(null));
        model.addAttribute("auError", au != null && !au.isBlank() && effectiveOn.isEmpty()
                ? "Saisissez une date au format jj/mm/aaaa." : null);
        Dashboard dashboard = reads.dashboard(point, only);
        model.addAttribute("programme", only == null ? null : only.value());
        model.addAttribute("programmeError", programme != null && !programme.isBlank() && only == null
                ? "Aucun programme ne porte ce code : voici tous les programmes." : null);
        model.addAttribute("programmeCodes", cards.keySet().stream().sorted().toList());
        model.addAttribute("cards", cards);
        model.addAttribute("programmes", dashboard.programmes());
        model.addAttribute("total", total(dashboard.programmes()));
        model.addAttribute("sectors", dashboard.sectors());
        model.addAttribute("statuses", dashboard.statuses());
        model.addAttribute("quarters", cards.keySet().stream().collect(Collectors.toMap(Function.identity(),
                code -> QuarterChart.of(schedules.quarters(new ProgrammeCode(code), point)))));
        LocalDate day = effectiveOn.orElse(Schedules.today());
        model.addAttribute("late", work.items(new WorkFilter(null, day, null)).stream().filter(WorkItem::isOverdue)
                .collect(Collectors.groupingBy(item -> item.programme().value(), Collectors.counting())));
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
