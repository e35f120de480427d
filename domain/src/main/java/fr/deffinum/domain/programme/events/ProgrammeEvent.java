package fr.deffinum.domain.programme.events;

import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;

/** Every event of a programme names it and the day it took effect (not the day it was recorded). */
public sealed interface ProgrammeEvent
        permits ProgrammeOpened, EnvelopeChanged, OfficersAssigned, ExposureReserved, ExposureReleased,
        ApprovalPolicyChanged, DeadlinesChanged {

    ProgrammeCode code();

    LocalDate effectiveOn();
}
