package fr.deffinum.application.convention;

import fr.deffinum.application.proposal.ProposalFilter;
import fr.deffinum.application.proposal.ProposalView;
import fr.deffinum.application.proposal.ProposalViews;
import fr.deffinum.domain.laureate.DocumentKind;
import fr.deffinum.domain.laureate.convention.Schedule;
import fr.deffinum.domain.laureate.convention.Tranche;
import fr.deffinum.domain.laureate.convention.TrancheKind;
import fr.deffinum.domain.laureate.convention.TrancheState;
import fr.deffinum.domain.programme.Deadlines;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.proposal.ProposalState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * What programme offices have to do on a day, derived from the events within both times: proposals to
 * approve, tranches payable, reports due soon or late, conventions late. A report is due on its
 * tranche's planned date, a final report (a balance's) within the programme's delay after the
 * project's end; a convention within the programme's delay after the decision.
 */
@Service
public class WorkQueue {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ScheduleFacts facts;
    private final ProposalViews proposals;
    private final DeadlinesProperties defaults;

    public WorkQueue(ScheduleFacts facts, ProposalViews proposals, DeadlinesProperties defaults) {
        this.facts = facts;
        this.proposals = proposals;
        this.defaults = defaults;
    }

    /** Late items first, the latest first, then by due date. */
    public List<WorkItem> items(WorkFilter filter) {
        Map<ProgrammeCode, Deadlines> deadlines = facts.deadlines(filter.point());
        List<WorkItem> items = new ArrayList<>(pendingProposals(filter));
        for (LaureateFile file : facts.files(filter.programmes(), filter.point())) {
            items.addAll(itemsOf(file, deadlines.getOrDefault(file.programme(), defaults.defaults()), filter.day()));
        }
        items.sort(Comparator.comparingLong(WorkItem::daysLate).reversed()
                .thenComparing(WorkItem::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(item -> item.kind().ordinal()));
        return items;
    }

    List<WorkItem> itemsOf(LaureateFile file, Deadlines deadlines, LocalDate day) {
        if (file.notifiedOn() == null || file.withdrawn()) {
            return List.of();
        }
        Schedule schedule = file.schedule();
        if (schedule == null) {
            LocalDate due = file.notifiedOn().plusDays(deadlines.conventionWithinDays());
            return day.isAfter(due) ? List.of(item(file, WorkKind.CONVENTION_LATE, null, null, due, day)) : List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        for (Tranche tranche : schedule.tranches()) {
            TrancheState state = schedule.state(tranche, file.evidence());
            if (state == TrancheState.PAYABLE && !tranche.plannedOn().isAfter(day)) {
                items.add(item(file, WorkKind.TRANCHE_PAYABLE, tranche, null, tranche.plannedOn(), day));
            } else if (state == TrancheState.PLANNED) {
                LocalDate due = reportDueOn(file, tranche, deadlines);
                for (DocumentKind report : schedule.missingDocuments(tranche, file.evidence())) {
                    if (day.isAfter(due)) {
                        items.add(item(file, WorkKind.REPORT_LATE, tranche, report, due, day));
                    } else if (!due.isAfter(day.plusDays(defaults.dueWithinDays()))) {
                        items.add(item(file, WorkKind.REPORT_DUE, tranche, report, due, day));
                    }
                }
            }
        }
        return items;
    }

    private static LocalDate reportDueOn(LaureateFile file, Tranche tranche, Deadlines deadlines) {
        return tranche.kind() == TrancheKind.BALANCE
                ? file.convention().endsOn().plusMonths(deadlines.finalReportWithinMonths())
                : tranche.plannedOn();
    }

    private static WorkItem item(LaureateFile file, WorkKind kind, Tranche tranche, DocumentKind document,
                                 LocalDate due, LocalDate day) {
        long late = Math.max(0, ChronoUnit.DAYS.between(due, day));
        return new WorkItem(kind, file.laureate(), file.name(), file.programme(),
                tranche == null ? null : tranche.trancheId(), document,
                tranche == null ? null : tranche.amount().minus(file.schedule().paidOn(tranche.trancheId())),
                due, late, null, null);
    }

    /** Those pending at {@code asOf} (now when absent) and proposed by the day the queue is for. */
    private List<WorkItem> pendingProposals(WorkFilter filter) {
        Instant at = filter.asOf() == null ? Instant.now() : filter.asOf();
        Stream<ProposalView> pending = filter.asOf() == null
                ? proposals.search(new ProposalFilter(ProposalState.PENDING, null, null)).stream()
                : proposals.search(new ProposalFilter(null, null, null)).stream()
                        .filter(proposal -> !proposal.proposedAt().isAfter(at))
                        .filter(proposal -> proposal.decidedAt() == null || proposal.decidedAt().isAfter(at));
        return pending.filter(proposal -> !LocalDate.ofInstant(proposal.proposedAt(), PARIS).isAfter(filter.day()))
                .filter(proposal -> filter.programmes() == null
                        || proposal.programmes().stream().anyMatch(filter.programmes()::contains))
                .map(proposal -> new WorkItem(WorkKind.PROPOSAL_TO_APPROVE, proposal.laureate(), null,
                        proposal.programmes().stream().sorted(Comparator.comparing(ProgrammeCode::value)).findFirst()
                                .orElse(null),
                        null, null, proposal.amount(), LocalDate.ofInstant(proposal.proposedAt(), PARIS), 0,
                        proposal.proposalId().value(), proposal.proposedBy()))
                .toList();
    }
}
