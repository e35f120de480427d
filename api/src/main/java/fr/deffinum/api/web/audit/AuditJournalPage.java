package fr.deffinum.api.web.audit;

import fr.deffinum.api.web.FormErrors;
import fr.deffinum.api.web.FrenchLabels;
import fr.deffinum.application.audit.AuditJournal;
import fr.deffinum.application.audit.AuditPage;
import fr.deffinum.application.laureate.LaureateFilter;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.LaureateViews;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/** Journal d'audit: every event, newest first, by recording date, actor, type and laureate. */
@Controller
class AuditJournalPage {

    private final AuditJournal journal;
    private final LaureateViews laureates;
    private final LocalValidatorFactoryBean validator;

    AuditJournalPage(AuditJournal journal, LaureateViews laureates, LocalValidatorFactoryBean validator) {
        this.journal = journal;
        this.laureates = laureates;
        this.validator = validator;
    }

    @GetMapping("/audit")
    String show(@Valid @ModelAttribute("criteria") AuditCriteria criteria, BindingResult binding, Model model,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore) {
        boolean datesValid = !binding.hasFieldErrors("du") && !binding.hasFieldErrors("au");
        AuditPage page = journal.search(criteria.filter(datesValid));
        List<LaureateView> all = laureates.search(LaureateFilter.ALL).stream()
                .sorted(Comparator.comparing(LaureateView::name, String.CASE_INSENSITIVE_ORDER)).toList();
        Map<String, String> names = all.stream().collect(Collectors.toMap(LaureateView::id, LaureateView::name));
        model.addAttribute("journal", page);
        model.addAttribute("pages", Math.max(1, (page.total() + page.size() - 1) / page.size()));
        model.addAttribute("names", names);
        model.addAttribute("laureates", all);
        model.addAttribute("types", FrenchLabels.EVENT_TYPES);
        model.addAttribute("errors", binding.hasErrors() ? FormErrors.of(binding, validator) : FormErrors.NONE);
        model.addAttribute("datesValid", datesValid);
        boolean tableOnly = htmx != null && historyRestore == null;
        return tableOnly ? "audit :: results" : "audit";
    }
}
