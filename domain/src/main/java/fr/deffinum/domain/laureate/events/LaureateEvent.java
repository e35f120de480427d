package fr.deffinum.domain.laureate.events;

import fr.deffinum.domain.laureate.LaureateId;
import java.time.LocalDate;

/** Every event of a laureate names it and the day it took effect (not the day it was recorded). */
public sealed interface LaureateEvent
        permits LaureateSelected, LaureateRedirected, DecisionNotified, PaymentMade, LaureateEvaluated,
                AwardAmended, PaymentCancelled, PaymentRecovered, LaureateWithdrawn, SiretRecorded,
                DocumentAttached, ConventionSigned, ScheduleReplanned {

    LaureateId laureateId();

    LocalDate effectiveOn();
}
