package fr.deffinum.api.web.work;

import fr.deffinum.api.security.ProgrammeOfficers;
import fr.deffinum.api.security.Roles;
import fr.deffinum.api.work.WorkItemResponse;
import fr.deffinum.api.work.WorkScope;
import fr.deffinum.application.convention.Schedules;
import fr.deffinum.application.convention.WorkFilter;
import fr.deffinum.application.convention.WorkQueue;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.security.Principal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * À traiter: what is late, due or payable, late items first, each linking to its laureate and its action.
 * Officers and approvers see their programmes' by default ({@code tous} shows every programme's).
 */
@Controller
class WorkPage {

    private final WorkQueue queue;
    private final WorkScope scope;

    WorkPage(WorkQueue queue, WorkScope scope) {
        this.queue = queue;
        this.scope = scope;
    }

    @GetMapping("/a-traiter")
    String list(@RequestParam(name = "programme", required = false) ProgrammeCode programme,
                @RequestParam(name = "tous", defaultValue = "false") boolean all,
                @RequestParam(name = "jour", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate day,
                Principal user, Model model) {
        boolean assigned = ProgrammeOfficers.hasRole(user, Roles.OFFICER) || ProgrammeOfficers.hasRole(user, Roles.APPROVER);
        boolean mine = assigned && !all;
        LocalDate on = day == null ? Schedules.today() : day;
        model.addAttribute("items", queue.items(new WorkFilter(scope.of(user, programme, mine), on, null)).stream()
                .map(WorkItemResponse::of).toList());
        model.addAttribute("day", on);
        model.addAttribute("mine", mine && programme == null);
        model.addAttribute("assigned", assigned);
        return "work";
    }
}
