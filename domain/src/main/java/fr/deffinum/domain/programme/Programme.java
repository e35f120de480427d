package fr.deffinum.domain.programme;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.commands.AssignOfficers;
import fr.deffinum.domain.programme.commands.ChangeEnvelope;
import fr.deffinum.domain.programme.commands.OpenProgramme;
import fr.deffinum.domain.programme.commands.ReleaseExposure;
import fr.deffinum.domain.programme.commands.ReserveExposure;
import fr.deffinum.domain.programme.commands.SetApprovalPolicy;
import fr.deffinum.domain.programme.commands.SetDeadlines;
import fr.deffinum.domain.programme.events.ApprovalPolicyChanged;
import fr.deffinum.domain.programme.events.DeadlinesChanged;
import fr.deffinum.domain.programme.events.EnvelopeChanged;
import fr.deffinum.domain.programme.events.ExposureReleased;
import fr.deffinum.domain.programme.events.ExposureReserved;
import fr.deffinum.domain.programme.events.OfficersAssigned;
import fr.deffinum.domain.programme.events.ProgrammeOpened;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * A funding call, recorded as data: its name, funding plan, operator, sector taxonomy, officers,
 * and the <em>envelope</em> its laureates share.
 * <p>
 * A programme is <em>opened</em> with a name and, when already known, a positive envelope. The
 * envelope may later be <em>changed</em>: first stated, raised or cut, each change dated no
 * earlier than the one before. The <em>officers</em> in charge are assigned as a whole set, which
 * replaces the previous one; assigning the same set again changes nothing. Its <em>approval
 * policy</em> says which operations need a second person; stating the same policy again changes nothing.
 * <p>
 * Every amount committed to a laureate (its maximum until the decision, then what is awarded) is
 * <em>reserved</em> on this stream, in the unit of work that records the laureate's own event, and
 * <em>released</em> when it no longer holds (an amendment down, a withdrawal, a redirection to
 * another programme). The invariant spans laureates, so it lives here: of two concurrent
 * reservations on one programme, the event store's unique (aggregate, sequence) key lets one
 * append and fails the other, which is decided again only on retry, against what the first
 * committed. Exposure, the sum of what every laureate holds, never exceeds a known envelope: a
 * reservation or a cut that would break it is refused; while the envelope is unknown any
 * reservation is accepted. A laureate never releases more than it holds here.
 * <p>
 * Dates of effect come with each command and are never before the opening; when a fact was
 * recorded is the event store's business.
 */
@Revision("2")
public class Programme {

    @AggregateIdentifier
    private ProgrammeCode code;
    private LocalDate openedOn;
    private Money envelope;
    private LocalDate envelopeStatedOn;
    private Set<String> officers = Set.of();
    private ApprovalPolicy approvalPolicy;
    private Deadlines deadlines;
    private Money exposure = Money.ZERO;
    private Map<LaureateId, Money> reserved = new HashMap<>();

    protected Programme() {
    }

    @CommandHandler
    public Programme(OpenProgramme command) {
        refuseIf(command.name() == null || command.name().isBlank(), Rule.PROGRAMME_NAME_BLANK,
                "programme " + command.code());
        refuseIf(command.envelope() != null && command.envelope().isZero(), Rule.AMOUNT_NOT_POSITIVE,
                "envelope " + command.envelope());
        apply(new ProgrammeOpened(command.code(), command.name(), command.plan(), command.euFunded(),
                command.operator(), command.openedOn(), command.envelope(), command.sectors()));
    }

    @CommandHandler
    public void handle(ChangeEnvelope command) {
        Money changed = Objects.requireNonNull(command.envelope(), "an envelope once stated is never unknown again");
        refuseIf(changed.isZero(), Rule.AMOUNT_NOT_POSITIVE, "envelope " + changed);
        refuseIf(changed.equals(envelope), Rule.ENVELOPE_UNCHANGED, "envelope " + envelope);
        refuseIf(exposure.isGreaterThan(changed), Rule.ENVELOPE_EXCEEDED,
                "envelope " + changed + " < exposure " + exposure);
        refuseIfBefore(command.changedOn(), envelopeStatedOn);
        apply(new EnvelopeChanged(code, envelope, changed, command.changedOn(), command.reason()));
    }

    @CommandHandler
    public void handle(AssignOfficers command) {
        if (officers.equals(command.officers())) {
            return;
        }
        refuseIfBefore(command.assignedOn(), openedOn);
        apply(new OfficersAssigned(code, command.officers(), command.assignedOn()));
    }

    @CommandHandler
    public void handle(SetApprovalPolicy command) {
        if (command.policy().equals(approvalPolicy)) {
            return;
        }
        refuseIf(command.policy().threshold() != null && command.policy().threshold().isZero(),
                Rule.AMOUNT_NOT_POSITIVE, "threshold " + command.policy().threshold());
        refuseIfBefore(command.changedOn(), openedOn);
        apply(new ApprovalPolicyChanged(code, command.policy().operations(), command.policy().threshold(),
                command.changedOn()));
    }

    @CommandHandler
    public void handle(SetDeadlines command) {
        if (command.deadlines().equals(deadlines)) {
            return;
        }
        refuseIf(!command.deadlines().isValid(), Rule.DEADLINE_INVALID, command.deadlines().toString());
        refuseIfBefore(command.changedOn(), openedOn);
        apply(new DeadlinesChanged(code, command.deadlines().conventionWithinDays(),
                command.deadlines().finalReportWithinMonths(), command.changedOn()));
    }

    @CommandHandler
    public void handle(ReserveExposure command) {
        refuseIf(command.amount().isZero(), Rule.AMOUNT_NOT_POSITIVE, "reservation " + command.amount());
        refuseIf(envelope != null && exposure.plus(command.amount()).isGreaterThan(envelope), Rule.ENVELOPE_EXCEEDED,
                "exposure " + exposure + " + " + command.amount() + " > envelope " + envelope);
        refuseIfBefore(command.effectiveOn(), openedOn);
        apply(new ExposureReserved(code, command.laureateId(), command.amount(), command.effectiveOn()));
    }

    @CommandHandler
    public void handle(ReleaseExposure command) {
        refuseIf(command.amount().isZero(), Rule.AMOUNT_NOT_POSITIVE, "release " + command.amount());
        Money held = reserved.getOrDefault(command.laureateId(), Money.ZERO);
        refuseIf(command.amount().isGreaterThan(held), Rule.RELEASE_ABOVE_RESERVED,
                "release " + command.amount() + " > reserved " + held + " for laureate " + command.laureateId());
        refuseIfBefore(command.effectiveOn(), openedOn);
        apply(new ExposureReleased(code, command.laureateId(), command.amount(), command.effectiveOn()));
    }

    private static void refuseIf(boolean broken, Rule rule, String detail) {
        if (broken) {
            throw new RuleViolation(rule, detail);
        }
    }

    private static void refuseIfBefore(LocalDate date, LocalDate previousStep) {
        refuseIf(date.isBefore(previousStep), Rule.DATE_BEFORE_PREVIOUS_STEP,
                date + " < previous step on " + previousStep);
    }

    /* Read by the property test of this package only; the handlers decide on the fields. */

    Money exposure() {
        return exposure;
    }

    Money envelope() {
        return envelope;
    }

    Map<LaureateId, Money> reservations() {
        return Map.copyOf(reserved);
    }

    @EventSourcingHandler
    void on(ProgrammeOpened event) {
        code = event.code();
        openedOn = event.openedOn();
        envelope = event.envelope();
        envelopeStatedOn = event.openedOn();
    }

    @EventSourcingHandler
    void on(EnvelopeChanged event) {
        envelope = event.envelope();
        envelopeStatedOn = event.changedOn();
    }

    @EventSourcingHandler
    void on(OfficersAssigned event) {
        officers = event.officers();
    }

    @EventSourcingHandler
    void on(ApprovalPolicyChanged event) {
        approvalPolicy = event.policy();
    }

    @EventSourcingHandler
    void on(DeadlinesChanged event) {
        deadlines = event.deadlines();
    }

    @EventSourcingHandler
    void on(ExposureReserved event) {
        exposure = exposure.plus(event.amount());
        reserved.merge(event.laureateId(), event.amount(), Money::plus);
    }

    /** A laureate that released all it held leaves the map: only laureates holding something are kept. */
    @EventSourcingHandler
    void on(ExposureReleased event) {
        exposure = exposure.minus(event.amount());
        reserved.computeIfPresent(event.laureateId(),
                (laureate, held) -> held.equals(event.amount()) ? null : held.minus(event.amount()));
    }
}
