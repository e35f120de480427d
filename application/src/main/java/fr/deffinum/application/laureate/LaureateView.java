package fr.deffinum.application.laureate;

import fr.deffinum.domain.laureate.Scope;
import fr.deffinum.domain.laureate.events.AwardAmended;
import fr.deffinum.domain.laureate.events.DecisionNotified;
import fr.deffinum.domain.laureate.events.ConventionSigned;
import fr.deffinum.domain.laureate.events.DocumentAttached;
import fr.deffinum.domain.laureate.events.ScheduleReplanned;
import fr.deffinum.domain.laureate.events.LaureateEvaluated;
import fr.deffinum.domain.laureate.events.LaureateEvent;
import fr.deffinum.domain.laureate.events.LaureateRedirected;
import fr.deffinum.domain.laureate.events.LaureateSelected;
import fr.deffinum.domain.laureate.events.LaureateWithdrawn;
import fr.deffinum.domain.laureate.events.PaymentCancelled;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.domain.laureate.events.PaymentRecovered;
import fr.deffinum.domain.laureate.events.SiretRecorded;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * A laureate as its events leave it. {@code version} is the sequence number of the last event
 * folded in: the read side is up to date with a write once it reaches that write's version.
 * {@code paid} is net of cancelled payments and recoveries. Once withdrawn, {@code awardedAmount}
 * is what the laureate keeps, its net paid, and the rest of the maximum counts as released.
 * {@code siret} is null until an officer records it. A document attached moves only the version: its
 * rows are the documents' ({@code DocumentViews}), written with the view.
 * <p>
 * A view is made by {@link #selected} and changed only by its withers, one per event, each returning
 * the next view with its status decided again by {@link LaureateStatus#of}; a wither given an event the
 * view already holds (a {@code version} not above its own) returns the view unchanged.
 */
public record LaureateView(String id, String reference, String name, String lead, String sectorsAsPublished,
                           String sector, Scope scope, ProgrammeCode programme, String strategy,
                           LaureateStatus status, Money totalCost, Money maxGrant, Money awardedAmount,
                           String decisionReference, LocalDate notifiedOn, Money paid,
                           List<PaymentLine> payments, Evaluation evaluation, LocalDate selectedOn, long version,
                           List<RecoveryLine> recoveries, List<AmendmentLine> amendments, LocalDate withdrawnOn,
                           String siret) {

    public LaureateView {
        payments = List.copyOf(payments);
        recoveries = List.copyOf(recoveries);
        amendments = List.copyOf(amendments);
    }

    public AmountBasis amountBasis() {
        return awardedAmount == null ? AmountBasis.MAXIMUM : AmountBasis.FIRM;
    }

    /** The firm amount once notified, the maximum before. */
    public Money grant() {
        return awardedAmount == null ? maxGrant : awardedAmount;
    }

    public Money remainingToPay() {
        return grant().minus(paid);
    }

    /** A laureate as its selection leaves it. */
    public static LaureateView selected(LaureateSelected e, long version) {
        Draft d = new Draft();
        d.id = e.laureateId().value();
        d.reference = e.reference();
        d.name = e.name();
        d.lead = e.lead();
        d.sectorsAsPublished = e.sectorsAsPublished();
        d.sector = e.sector();
        d.scope = e.scope();
        d.programme = e.programme();
        d.totalCost = e.totalCost();
        d.maxGrant = e.maximumGrant();
        d.selectedOn = e.selectedOn();
        return d.view(version);
    }

    /** The next view once {@code event}, the laureate's event {@code version}, is folded in. */
    public LaureateView fold(LaureateEvent event, long version) {
        if (event instanceof LaureateRedirected e) {
            return redirected(e, version);
        } else if (event instanceof DecisionNotified e) {
            return notified(e, version);
        } else if (event instanceof PaymentMade e) {
            return paid(e, version);
        } else if (event instanceof LaureateEvaluated e) {
            return evaluated(e, version);
        } else if (event instanceof AwardAmended e) {
            return amended(e, version);
        } else if (event instanceof PaymentCancelled e) {
            return cancelled(e, version);
        } else if (event instanceof PaymentRecovered e) {
            return recovered(e, version);
        } else if (event instanceof LaureateWithdrawn e) {
            return withdrawn(e, version);
        } else if (event instanceof SiretRecorded e) {
            return siretRecorded(e, version);
        } else if (event instanceof DocumentAttached || event instanceof ConventionSigned
                || event instanceof ScheduleReplanned) {
            return next(version, unchanged -> { });
        } else if (event instanceof LaureateSelected) {
            return this;
        }
        throw new IllegalArgumentException("No fold for " + event.getClass().getName());
    }

    public LaureateView redirected(LaureateRedirected e, long version) {
        return next(version, d -> {
            d.programme = e.to();
            d.strategy = e.strategy();
        });
    }

    public LaureateView notified(DecisionNotified e, long version) {
        return next(version, d -> {
            d.awardedAmount = e.awardedAmount();
            d.decisionReference = e.decisionReference();
            d.notifiedOn = e.notifiedOn();
        });
    }

    public LaureateView paid(PaymentMade e, long version) {
        return next(version, d -> {
            d.paid = paid.plus(e.amount());
            d.payments = plus(payments, new PaymentLine(e.paymentId(), e.amount(), e.kind(), e.paidOn()));
        });
    }

    public LaureateView evaluated(LaureateEvaluated e, long version) {
        return next(version, d -> d.evaluation = new Evaluation(e.outcome(), e.comment(), e.evaluatedOn()));
    }

    public LaureateView amended(AwardAmended e, long version) {
        return next(version, d -> {
            d.awardedAmount = e.awardedAmount();
            d.amendments = plus(amendments, new AmendmentLine(e.amendmentReference(), e.previousAmount(),
                    e.awardedAmount(), e.amendedOn()));
        });
    }

    /** The payment stays in the list, marked cancelled; it no longer counts in {@code paid}. */
    public LaureateView cancelled(PaymentCancelled e, long version) {
        return next(version, d -> {
            d.paid = paid.minus(e.amount());
            d.payments = payments.stream()
                    .map(line -> line.paymentId().equals(e.paymentId())
                            ? new PaymentLine(line.paymentId(), line.amount(), line.kind(), line.paidOn(), e.cancelledOn())
                            : line)
                    .toList();
        });
    }

    /** Once withdrawn, a laureate keeps only its net paid: what a recovery brings back is released. */
    public LaureateView recovered(PaymentRecovered e, long version) {
        return next(version, d -> {
            d.paid = paid.minus(e.amount());
            d.recoveries = plus(recoveries, new RecoveryLine(e.recoveryId(), e.amount(), e.recoveredOn()));
            if (withdrawnOn != null) {
                d.awardedAmount = d.paid;
            }
        });
    }

    /** What is firm becomes the net paid; the rest of the maximum is released. */
    public LaureateView withdrawn(LaureateWithdrawn e, long version) {
        return next(version, d -> {
            d.awardedAmount = paid;
            d.withdrawnOn = e.withdrawnOn();
        });
    }

    public LaureateView siretRecorded(SiretRecorded e, long version) {
        return next(version, d -> d.siret = e.siret());
    }

    /**
     * This view as a reading at an earlier point shows it: the programme, status and amounts of that
     * point ({@code awardedAmount} null while only a maximum), and of the details only the steps
     * {@code recorded} by then, each named by its event's type and reference. What a selection
     * published, the version and the SIRET stay those of today.
     */
    public LaureateView asItStood(ProgrammeCode programme, LaureateStatus status, Money awardedAmount, Money paid,
                                  BiPredicate<Class<? extends LaureateEvent>, String> recorded) {
        boolean notified = awardedAmount != null && notifiedOn != null
                && recorded.test(DecisionNotified.class, decisionReference);
        boolean redirected = strategy != null && programme.equals(this.programme);
        Draft d = new Draft(this);
        d.programme = programme;
        d.strategy = redirected ? strategy : null;
        d.awardedAmount = awardedAmount;
        d.decisionReference = notified ? decisionReference : null;
        d.notifiedOn = notified ? notifiedOn : null;
        d.paid = paid;
        d.payments = payments.stream()
                .filter(line -> recorded.test(PaymentMade.class, line.paymentId()))
                .map(line -> recorded.test(PaymentCancelled.class, line.paymentId()) ? line
                        : new PaymentLine(line.paymentId(), line.amount(), line.kind(), line.paidOn()))
                .toList();
        d.evaluation = status == LaureateStatus.EVALUATED ? evaluation : null;
        d.recoveries = recoveries.stream().filter(line -> recorded.test(PaymentRecovered.class, line.recoveryId()))
                .toList();
        d.amendments = amendments.stream()
                .filter(line -> recorded.test(AwardAmended.class, line.amendmentReference())).toList();
        d.withdrawnOn = status == LaureateStatus.WITHDRAWN ? withdrawnOn : null;
        return d.view(version, status);
    }

    private LaureateView next(long version, Consumer<Draft> change) {
        if (version <= this.version) {
            return this;
        }
        Draft next = new Draft(this);
        change.accept(next);
        return next.view(version);
    }

    private static <T> List<T> plus(List<T> lines, T line) {
        List<T> more = new ArrayList<>(lines);
        more.add(line);
        return more;
    }

    /** The view being made, field by field: the only place a view is put together. */
    private static final class Draft {
        private String id;
        private String reference;
        private String name;
        private String lead;
        private String sectorsAsPublished;
        private String sector;
        private Scope scope;
        private ProgrammeCode programme;
        private String strategy;
        private Money totalCost;
        private Money maxGrant;
        private Money awardedAmount;
        private String decisionReference;
        private LocalDate notifiedOn;
        private Money paid = Money.ZERO;
        private List<PaymentLine> payments = List.of();
        private Evaluation evaluation;
        private LocalDate selectedOn;
        private List<RecoveryLine> recoveries = List.of();
        private List<AmendmentLine> amendments = List.of();
        private LocalDate withdrawnOn;
        private String siret;

        private Draft() {
        }

        private Draft(LaureateView v) {
            id = v.id;
            reference = v.reference;
            name = v.name;
            lead = v.lead;
            sectorsAsPublished = v.sectorsAsPublished;
            sector = v.sector;
            scope = v.scope;
            programme = v.programme;
            strategy = v.strategy;
            totalCost = v.totalCost;
            maxGrant = v.maxGrant;
            awardedAmount = v.awardedAmount;
            decisionReference = v.decisionReference;
            notifiedOn = v.notifiedOn;
            paid = v.paid;
            payments = v.payments;
            evaluation = v.evaluation;
            selectedOn = v.selectedOn;
            recoveries = v.recoveries;
            amendments = v.amendments;
            withdrawnOn = v.withdrawnOn;
            siret = v.siret;
        }

        /** The view with the status its facts give; only a redirection names a strategy. */
        private LaureateView view(long version) {
            return view(version, LaureateStatus.of(strategy != null, notifiedOn != null, paid,
                    awardedAmount == null ? maxGrant : awardedAmount, evaluation != null, withdrawnOn != null));
        }

        private LaureateView view(long version, LaureateStatus status) {
            return new LaureateView(id, reference, name, lead, sectorsAsPublished, sector, scope, programme, strategy,
                    status, totalCost, maxGrant, awardedAmount, decisionReference, notifiedOn, paid, payments,
                    evaluation, selectedOn, version, recoveries, amendments, withdrawnOn, siret);
        }
    }
}
