package fr.deffinum.domain.laureate;

import static fr.deffinum.domain.laureate.RuleViolation.refuseIf;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.deffinum.domain.laureate.commands.AmendAward;
import fr.deffinum.domain.laureate.commands.AttachDocument;
import fr.deffinum.domain.laureate.commands.CancelPayment;
import fr.deffinum.domain.laureate.commands.EvaluateLaureate;
import fr.deffinum.domain.laureate.commands.MakePayment;
import fr.deffinum.domain.laureate.commands.NotifyDecision;
import fr.deffinum.domain.laureate.commands.RecordSiret;
import fr.deffinum.domain.laureate.commands.RedirectLaureate;
import fr.deffinum.domain.laureate.commands.RecordRecovery;
import fr.deffinum.domain.laureate.commands.SelectLaureate;
import fr.deffinum.domain.laureate.commands.SignConvention;
import fr.deffinum.domain.laureate.convention.Evidence;
import fr.deffinum.domain.laureate.convention.Schedule;
import fr.deffinum.domain.laureate.commands.WithdrawLaureate;
import fr.deffinum.domain.laureate.events.AwardAmended;
import fr.deffinum.domain.laureate.events.ConventionSigned;
import fr.deffinum.domain.laureate.events.DecisionNotified;
import fr.deffinum.domain.laureate.events.DocumentAttached;
import fr.deffinum.domain.laureate.events.LaureateEvaluated;
import fr.deffinum.domain.laureate.events.LaureateRedirected;
import fr.deffinum.domain.laureate.events.LaureateSelected;
import fr.deffinum.domain.laureate.events.LaureateWithdrawn;
import fr.deffinum.domain.laureate.events.PaymentCancelled;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.domain.laureate.events.PaymentRecovered;
import fr.deffinum.domain.laureate.events.ScheduleReplanned;
import fr.deffinum.domain.laureate.events.SiretRecorded;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * A project selected by a funding call, and everything the State does about it afterwards.
 * <p>
 * A programme <em>selects</em> the project with a total cost and a <em>maximum</em> grant (never
 * above the cost). Before any decision it may be <em>redirected</em> once to another programme. The State
 * then <em>notifies</em> its decision, once: the awarded amount, at most the maximum, is from then
 * on firm. <em>Payments</em> follow, each under its own id, never adding up to more than was
 * awarded; a payment resent with the same id and the same content is a replay and changes
 * nothing. Once paid at least once, the project can be <em>evaluated</em>, once. At any step an
 * officer may record the beneficiary's <em>SIRET</em>; recording the same one again changes nothing.
 * Documents are <em>attached</em> as evidence at any step, withdrawn or not, each named by the hash of its bytes.
 * <p>
 * After the decision a <em>convention</em> may be signed, once: its tranches add up to the firm amount,
 * and from then on each payment names its tranche, stays within it and waits for its release conditions
 * (see {@link Schedule}); an amendment then brings the new schedule, which keeps every tranche paid from.
 * <p>
 * Mistakes and changes are corrected by further events, never by edits: an <em>amendment</em>
 * (avenant) changes the firm amount within the maximum and never below what is paid; an erroneous
 * payment is <em>cancelled</em>; money paid back is a <em>recovery</em> (reversement); the laureate
 * may <em>withdraw</em> (renonciation), after which only recoveries are accepted. {@code paid} is
 * always net of cancellations and recoveries.
 * <p>
 * What the laureate may still cost its programme, its {@link #holding()}, is the maximum until the
 * decision, then the firm amount, and once withdrawn what it keeps; the programme's envelope guards
 * the sum of these (see {@code Programme}).
 * <p>
 * Dates of effect come with each command; when a fact was recorded is the event store's business.
 * Snapshots of earlier revisions (before programmes, before conventions, before the latest payment's
 * date was kept) are not read.
 */
@Revision("4")
public class Laureate {

    @AggregateIdentifier
    private LaureateId id;
    private ProgrammeCode programme;
    private Money maximumGrant;
    private LocalDate selectedOn;
    private LocalDate redirectedOn;
    private Money awardedAmount;
    private LocalDate notifiedOn;
    private Map<String, PaymentMade> payments = new HashMap<>();
    private LocalDate latestPaymentOn;
    private Money paid = Money.ZERO;
    private boolean evaluated;
    private LocalDate withdrawnOn;
    private Set<String> cancelledPayments = new HashSet<>();
    private Map<String, PaymentRecovered> recoveries = new HashMap<>();
    private LocalDate lastCorrectionOn;
    private String siret;
    private List<Evidence> evidence = new ArrayList<>();
    private Schedule schedule;

    protected Laureate() {
    }

    @CommandHandler
    public Laureate(SelectLaureate command) {
        refuseIf(command.maximumGrant().isZero(), Rule.MAXIMUM_NOT_POSITIVE, "maximum " + command.maximumGrant());
        refuseIf(command.maximumGrant().isGreaterThan(command.totalCost()), Rule.MAXIMUM_ABOVE_TOTAL_COST,
                "maximum " + command.maximumGrant() + " > total cost " + command.totalCost());
        apply(new LaureateSelected(command.laureateId(), command.reference(), command.name(), command.lead(),
                command.sectorsAsPublished(), command.sector(), command.scope(), command.programme(),
                command.totalCost(), command.maximumGrant(), command.selectedOn()));
    }

    @CommandHandler
    public void handle(RedirectLaureate command) {
        refuseIfWithdrawn();
        refuseIf(isNotified(), Rule.ALREADY_NOTIFIED, "notified on " + notifiedOn);
        refuseIf(redirectedOn != null, Rule.ALREADY_REDIRECTED, "laureate " + id);
        refuseIf(command.to().equals(programme), Rule.SAME_PROGRAMME, "programme " + programme);
        refuseIf(command.redirectedOn().isBefore(selectedOn), Rule.DATE_BEFORE_PREVIOUS_STEP,
                "redirected on " + command.redirectedOn() + " < selected on " + selectedOn);
        apply(new LaureateRedirected(id, programme, command.to(), command.strategy(), command.redirectedOn()));
    }

    @CommandHandler
    public void handle(NotifyDecision command) {
        refuseIfWithdrawn();
        refuseIf(isNotified(), Rule.ALREADY_NOTIFIED, "notified on " + notifiedOn);
        refuseIf(command.awardedAmount().isZero(), Rule.AMOUNT_NOT_POSITIVE, "awarded " + command.awardedAmount());
        refuseIf(command.awardedAmount().isGreaterThan(maximumGrant), Rule.AMOUNT_ABOVE_MAXIMUM,
                "awarded " + command.awardedAmount() + " > maximum " + maximumGrant);
        LocalDate previousStep = redirectedOn == null ? selectedOn : redirectedOn;
        refuseIf(command.notifiedOn().isBefore(previousStep), Rule.DATE_BEFORE_PREVIOUS_STEP,
                "notified on " + command.notifiedOn() + " < previous step on " + previousStep);
        apply(new DecisionNotified(id, command.awardedAmount(), command.decisionReference(), command.notifiedOn()));
    }

    @CommandHandler
    public void handle(MakePayment command) {
        PaymentMade payment = new PaymentMade(id, command.paymentId(), command.amount(), command.kind(),
                command.paidOn(), command.trancheId());
        PaymentMade earlier = payments.get(command.paymentId());
        if (payment.equals(earlier)) {
            return;
        }
        refuseIfWithdrawn();
        refuseIf(earlier != null, Rule.PAYMENT_ID_REUSED, "payment " + command.paymentId());
        refuseIf(!isNotified(), Rule.NOT_NOTIFIED, "laureate " + id);
        refuseIf(command.amount().isZero(), Rule.AMOUNT_NOT_POSITIVE, "payment " + command.amount());
        refuseIf(paid.plus(command.amount()).isGreaterThan(awardedAmount), Rule.PAYMENT_ABOVE_AWARDED,
                "paid " + paid + " + " + command.amount() + " > awarded " + awardedAmount);
        refuseIf(command.paidOn().isBefore(notifiedOn), Rule.DATE_BEFORE_PREVIOUS_STEP,
                "paid on " + command.paidOn() + " < notified on " + notifiedOn);
        // Dated before a correction that made room for it, it would be paid above the award in effect on its day.
        refuseIf(lastCorrectionOn != null && command.paidOn().isBefore(lastCorrectionOn), Rule.DATE_BEFORE_PREVIOUS_STEP,
                "paid on " + command.paidOn() + " < corrected on " + lastCorrectionOn);
        if (schedule != null) {
            schedule.refusePaymentUnless(command.trancheId(), command.amount(), command.paidOn(), evidence);
        } else {
            refuseIf(command.trancheId() != null, Rule.NO_CONVENTION, "tranche " + command.trancheId());
        }
        apply(payment);
    }

    @CommandHandler
    public void handle(EvaluateLaureate command) {
        refuseIfWithdrawn();
        refuseIf(evaluated, Rule.ALREADY_EVALUATED, "laureate " + id);
        refuseIf(payments.isEmpty(), Rule.NOT_YET_PAID, "laureate " + id);
        LocalDate firstPayment = payments.values().stream().map(PaymentMade::paidOn).min(LocalDate::compareTo).orElseThrow();
        refuseIf(command.evaluatedOn().isBefore(firstPayment), Rule.DATE_BEFORE_PREVIOUS_STEP,
                "evaluated on " + command.evaluatedOn() + " < first payment on " + firstPayment);
        apply(new LaureateEvaluated(id, command.outcome(), command.comment(), command.evaluatedOn()));
    }

    @CommandHandler
    public void handle(AmendAward command) {
        refuseIfWithdrawn();
        refuseIf(!isNotified(), Rule.NOT_NOTIFIED, "laureate " + id);
        refuseIf(command.awardedAmount().isZero(), Rule.AMOUNT_NOT_POSITIVE, "awarded " + command.awardedAmount());
        refuseIf(command.awardedAmount().isGreaterThan(maximumGrant), Rule.AMOUNT_ABOVE_MAXIMUM,
                "awarded " + command.awardedAmount() + " > maximum " + maximumGrant);
        refuseIf(command.awardedAmount().equals(awardedAmount), Rule.AMOUNT_UNCHANGED, "awarded " + awardedAmount);
        refuseIf(paid.isGreaterThan(command.awardedAmount()), Rule.AMOUNT_BELOW_PAID,
                "awarded " + command.awardedAmount() + " < paid " + paid);
        refuseIfBefore(command.amendedOn(), latestStep());
        if (schedule != null) {
            schedule.refuseReplanUnless(command.tranches(), command.awardedAmount());
        } else {
            refuseIf(command.tranches() != null, Rule.NO_CONVENTION, "laureate " + id);
        }
        apply(new AwardAmended(id, awardedAmount, command.awardedAmount(), command.amendmentReference(),
                command.amendedOn()));
        if (schedule != null) {
            apply(new ScheduleReplanned(id, command.tranches(), command.amendedOn()));
        }
    }

    @CommandHandler
    public void handle(SignConvention command) {
        refuseIfWithdrawn();
        refuseIf(!isNotified(), Rule.NOT_NOTIFIED, "laureate " + id);
        refuseIf(schedule != null, Rule.CONVENTION_ALREADY_SIGNED, "laureate " + id);
        refuseIfBefore(command.signedOn(), notifiedOn);
        refuseIf(command.endsOn().isBefore(command.startsOn()), Rule.SCHEDULE_INVALID,
                "ends on " + command.endsOn() + " < starts on " + command.startsOn());
        Schedule.refuseUnless(command.tranches(), awardedAmount);
        apply(new ConventionSigned(id, command.reference(), command.signedOn(), command.startsOn(), command.endsOn(),
                command.tranches()));
    }

    @CommandHandler
    public void handle(CancelPayment command) {
        refuseIfWithdrawn();
        PaymentMade payment = payments.get(command.paymentId());
        refuseIf(payment == null, Rule.UNKNOWN_PAYMENT, "payment " + command.paymentId());
        refuseIf(cancelledPayments.contains(command.paymentId()), Rule.PAYMENT_ALREADY_CANCELLED,
                "payment " + command.paymentId());
        refuseIf(payment.amount().isGreaterThan(paid), Rule.CANCELLATION_BELOW_RECOVERED,
                "payment " + payment.amount() + " > paid net " + paid);
        refuseIfBefore(command.cancelledOn(), payment.paidOn());
        apply(new PaymentCancelled(id, command.paymentId(), payment.amount(), command.cancelledOn()));
    }

    @CommandHandler
    public void handle(RecordRecovery command) {
        PaymentRecovered recovery = new PaymentRecovered(id, command.recoveryId(), command.amount(),
                command.recoveredOn());
        PaymentRecovered earlier = recoveries.get(command.recoveryId());
        if (recovery.equals(earlier)) {
            return;
        }
        refuseIf(earlier != null, Rule.RECOVERY_ID_REUSED, "recovery " + command.recoveryId());
        refuseIf(command.amount().isZero(), Rule.AMOUNT_NOT_POSITIVE, "recovery " + command.amount());
        refuseIf(command.amount().isGreaterThan(paid), Rule.RECOVERY_ABOVE_PAID,
                "recovery " + command.amount() + " > paid net " + paid);
        refuseIfBefore(command.recoveredOn(), latestStep());
        apply(recovery);
    }

    @CommandHandler
    public void handle(WithdrawLaureate command) {
        refuseIfWithdrawn();
        refuseIfBefore(command.withdrawnOn(), latestStep());
        apply(new LaureateWithdrawn(id, command.withdrawnOn()));
    }

    private void refuseIfWithdrawn() {
        refuseIf(withdrawnOn != null, Rule.LAUREATE_WITHDRAWN, "withdrawn on " + withdrawnOn);
    }

    private static void refuseIfBefore(LocalDate date, LocalDate previousStep) {
        refuseIf(date.isBefore(previousStep), Rule.DATE_BEFORE_PREVIOUS_STEP,
                date + " < previous step on " + previousStep);
    }

    /**
     * The latest date of effect of any step that changed an amount. Corrections may not be dated
     * earlier: a reading "as it stood on a day" then never sees a correction without what it corrects.
     */
    private LocalDate latestStep() {
        return Stream.of(selectedOn, redirectedOn, notifiedOn, lastCorrectionOn, withdrawnOn, latestPaymentOn)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElseThrow();
    }

    private static LocalDate later(LocalDate known, LocalDate date) {
        return known == null || date.isAfter(known) ? date : known;
    }

    @CommandHandler
    public void handle(RecordSiret command) {
        refuseIf(!Siret.isValid(command.siret()), Rule.SIRET_INVALID, "SIRET " + command.siret());
        if (!command.siret().equals(siret)) {
            apply(new SiretRecorded(id, command.siret(), command.recordedOn()));
        }
    }

    @CommandHandler
    public void handle(AttachDocument command) {
        apply(new DocumentAttached(id, command.documentId(), command.sha256(), command.size(), command.mediaType(),
                command.fileName(), command.kind(), command.attachedOn(), command.amount()));
    }

    private boolean isNotified() {
        return awardedAmount != null;
    }

    /**
     * What the laureate holds of its programme's envelope: its exposure, the maximum until the
     * decision, the firm amount once decided, what it keeps once withdrawn. A step that changes it
     * is never dated before the latest step, so that step's date is the change's.
     */
    public ProgrammeHolding holding() {
        return new ProgrammeHolding(programme, exposure(), latestStep());
    }

    private Money exposure() {
        if (withdrawnOn != null) {
            return paid;
        }
        return isNotified() ? awardedAmount : maximumGrant;
    }

    @EventSourcingHandler
    void on(LaureateSelected event) {
        id = event.laureateId();
        programme = event.programme();
        maximumGrant = event.maximumGrant();
        selectedOn = event.selectedOn();
    }

    @EventSourcingHandler
    void on(LaureateRedirected event) {
        programme = event.to();
        redirectedOn = event.redirectedOn();
    }

    @EventSourcingHandler
    void on(DecisionNotified event) {
        awardedAmount = event.awardedAmount();
        notifiedOn = event.notifiedOn();
    }

    @EventSourcingHandler
    void on(PaymentMade event) {
        payments.put(event.paymentId(), event);
        latestPaymentOn = later(latestPaymentOn, event.paidOn());
        paid = paid.plus(event.amount());
        if (schedule != null) {
            schedule.paid(event.paymentId(), event.trancheId(), event.amount(), event.paidOn());
        }
    }

    @EventSourcingHandler
    void on(LaureateEvaluated event) {
        evaluated = true;
    }

    @EventSourcingHandler
    void on(AwardAmended event) {
        awardedAmount = event.awardedAmount();
        lastCorrectionOn = later(lastCorrectionOn, event.amendedOn());
    }

    @EventSourcingHandler
    void on(PaymentCancelled event) {
        cancelledPayments.add(event.paymentId());
        paid = paid.minus(event.amount());
        if (schedule != null) {
            schedule.cancelled(event.paymentId());
        }
        lastCorrectionOn = later(lastCorrectionOn, event.cancelledOn());
    }

    @EventSourcingHandler
    void on(PaymentRecovered event) {
        recoveries.put(event.recoveryId(), event);
        paid = paid.minus(event.amount());
        lastCorrectionOn = later(lastCorrectionOn, event.recoveredOn());
    }

    @EventSourcingHandler
    void on(LaureateWithdrawn event) {
        withdrawnOn = event.withdrawnOn();
    }

    @EventSourcingHandler
    void on(SiretRecorded event) {
        siret = event.siret();
    }

    @EventSourcingHandler
    void on(DocumentAttached event) {
        evidence.add(new Evidence(event.kind(), event.attachedOn(), event.amount()));
    }

    @EventSourcingHandler
    void on(ConventionSigned event) {
        schedule = new Schedule(event.signedOn(), event.tranches());
    }

    @EventSourcingHandler
    void on(ScheduleReplanned event) {
        schedule.replan(event.tranches());
    }
}
