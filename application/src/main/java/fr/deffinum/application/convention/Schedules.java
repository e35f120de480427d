package fr.deffinum.application.convention;

import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.convention.Schedule;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/** Conventions as of a point in both times: a laureate's schedule, a programme's plan and payments by quarter. */
@Service
public class Schedules {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ScheduleFacts facts;

    public Schedules(ScheduleFacts facts) {
        this.facts = facts;
    }

    public Optional<ConventionView> of(LaureateId laureate, PointInTime point) {
        LaureateFile file = facts.file(laureate, point);
        if (file.convention() == null) {
            return Optional.empty();
        }
        Schedule schedule = file.schedule();
        List<TrancheLine> lines = schedule.tranches().stream().map(tranche -> new TrancheLine(tranche.trancheId(),
                tranche.kind(), tranche.plannedOn(), tranche.amount(), schedule.paidOn(tranche.trancheId()),
                schedule.state(tranche, file.evidence()), tranche.conditions(),
                schedule.missingDocuments(tranche, file.evidence()))).toList();
        return Optional.of(new ConventionView(file.convention().reference(), file.convention().signedOn(),
                file.convention().startsOn(), file.convention().endsOn(), lines));
    }

    /** Planned by the schedules in force and paid (net of cancellations), by quarter, oldest first. */
    public List<QuarterFigures> quarters(ProgrammeCode programme, PointInTime point) {
        TreeMap<String, QuarterFigures> quarters = new TreeMap<>();
        for (LaureateFile file : facts.files(Set.of(programme), point)) {
            Stream<QuarterFigures> planned = file.schedule() == null ? Stream.empty() : file.schedule().tranches()
                    .stream().map(tranche -> new QuarterFigures(quarter(tranche.plannedOn()), tranche.amount(), Money.ZERO));
            Stream<QuarterFigures> paid = file.payments().stream()
                    .map(payment -> new QuarterFigures(quarter(payment.paidOn()), Money.ZERO, payment.amount()));
            Stream.concat(planned, paid).forEach(figures -> quarters.merge(figures.quarter(), figures, QuarterFigures::plus));
        }
        return List.copyOf(quarters.values());
    }

    /** Today in Paris, the day a reading without one is for. */
    public static LocalDate today() {
        return LocalDate.now(PARIS);
    }

    private static String quarter(LocalDate day) {
        return day.getYear() + "-T" + ((day.getMonthValue() - 1) / 3 + 1);
    }
}
