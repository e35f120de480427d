package fr.deffinum.api.web.laureate;

import fr.deffinum.application.laureate.AmountBasis;
import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.LaureateViews;
import fr.deffinum.domain.laureate.Programme;
import fr.deffinum.domain.laureate.Sector;
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

    LaureateListPage(LaureateViews views) {
        this.views = views;
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
        model.addAttribute("programmes", Programme.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("statuses", LaureateStatus.values());
        model.addAttribute("bases", AmountBasis.values());
        boolean tableOnly = htmx != null && historyRestore == null;
        return tableOnly ? "laureates/list :: results" : "laureates/list";
    }
}
