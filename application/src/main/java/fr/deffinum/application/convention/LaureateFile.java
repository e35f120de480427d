package fr.deffinum.application.convention;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.convention.Evidence;
import fr.deffinum.domain.laureate.convention.Schedule;
import fr.deffinum.domain.laureate.events.ConventionSigned;
import fr.deffinum.domain.laureate.events.DecisionNotified;
import fr.deffinum.domain.laureate.events.DocumentAttached;
import fr.deffinum.domain.laureate.events.LaureateEvent;
import fr.deffinum.domain.laureate.events.LaureateWithdrawn;
import fr.deffinum.domain.laureate.events.PaymentCancelled;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.domain.laureate.events.ScheduleReplanned;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A laureate's convention file: its decision, convention, schedule, evidence and payments, folded
 * from its events in their order, the domain's {@link Schedule} reading the conditions as the
 * laureate's rules do.
 */
public final class LaureateFile {

    private final LaureateId laureate;
    private final String name;
    private final ProgrammeCode programme;
    private LocalDate notifiedOn;
    private boolean withdrawn;
    private ConventionSigned convention;
    private Schedule schedule;
    private final List<Evidence> evidence = new ArrayList<>();
    private final Map<String, PaymentMade> payments = new LinkedHashMap<>();

    public LaureateFile(LaureateId laureate, String name, ProgrammeCode programme, List<LaureateEvent> events) {
        this.laureate = laureate;
        this.name = name;
        this.programme = programme;
        events.forEach(this::fold);
    }

    private void fold(LaureateEvent event) {
        if (event instanceof DecisionNotified notified) {
            notifiedOn = notified.notifiedOn();
        } else if (event instanceof LaureateWithdrawn) {
            withdrawn = true;
        } else if (event instanceof ConventionSigned signed) {
            convention = signed;
            schedule = new Schedule(signed.signedOn(), signed.tranches());
            payments.values().forEach(this::paidOnSchedule);
        } else if (event instanceof ScheduleReplanned replanned) {
            if (schedule != null) {
                schedule.replan(replanned.tranches());
            }
        } else if (event instanceof DocumentAttached attached) {
            evidence.add(new Evidence(attached.kind(), attached.attachedOn(), attached.amount()));
        } else if (event instanceof PaymentMade payment) {
            payments.put(payment.paymentId(), payment);
            paidOnSchedule(payment);
        } else if (event instanceof PaymentCancelled cancelled) {
            payments.remove(cancelled.paymentId());
            if (schedule != null) {
                schedule.cancelled(cancelled.paymentId());
            }
        }
    }

    private void paidOnSchedule(PaymentMade payment) {
        if (schedule != null) {
            schedule.paid(payment.paymentId(), payment.trancheId(), payment.amount(), payment.paidOn());
        }
    }

    public LaureateId laureate() {
        return laureate;
    }

    public String name() {
        return name;
    }

    public ProgrammeCode programme() {
        return programme;
    }

    public LocalDate notifiedOn() {
        return notifiedOn;
    }

    public boolean withdrawn() {
        return withdrawn;
    }

    /** Null until a convention is signed. */
    public ConventionSigned convention() {
        return convention;
    }

    /** Null until a convention is signed. */
    public Schedule schedule() {
        return schedule;
    }

    public List<Evidence> evidence() {
        return evidence;
    }

    /** The payments not cancelled, in their order. */
    public List<PaymentMade> payments() {
        return List.copyOf(payments.values());
    }
}
