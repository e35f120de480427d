package fr.deffinum.api.web.laureate;

import fr.deffinum.application.laureate.AmountBasis;
import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.LaureateViews;
import fr.deffinum.application.programme.Programmes;
import fr.deffinum.application.programme.ProgrammeView;
import fr.deffinum.application.programme.Sectors;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/** Lauréats: the list, searched, filtered and sorted; htmx asks for the results table alone. */
@Controller
class LaureateListPage {

    private final LaureateViews views;
    private final Programmes programmes;

    LaureateListPage(LaureateViews views, Programmes programmes) {
        this.views = views;
        this.programmes = programmes;
    }

    @GetMapping("/laureats")
    String list(@ModelAttribute("criteria") LaureateCriteria criteria, Model model,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore) {
        List<LaureateView> laureates = views.search(criteria.filter()).stream()
                .filter(criteria.basis())
                .sorted(criteria.sort().order(criteria.descending()))
                .toList();
        model.addAttribute("laureates", laureates);
        List<ProgrammeView> all = programmes.all();
        model.addAttribute("programmes", all.stream().map(ProgrammeView::code).toList());
        model.addAttribute("sectors", all.stream().flatMap(programme -> programme.sectors().stream()
                .map(label -> Sectors.stored(label, programme.sectors()).orElseThrow()))
                .distinct().sorted(Sectors.ORDER).toList());
        model.addAttribute("statuses", LaureateStatus.values());
        model.addAttribute("bases", AmountBasis.values());
        boolean tableOnly = htmx != null && historyRestore == null;
        return tableOnly ? "laureates/list :: results" : "laureates/list";
    }
}
