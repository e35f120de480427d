package fr.deffinum.application.convention;

import fr.deffinum.domain.laureate.DocumentKind;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;

/**
 * One thing to do: on {@code laureate} (absent for a proposal of a whole file), for {@code trancheId}
 * or {@code document} where it concerns one, due on {@code dueOn}, {@code daysLate} days late (0 when not).
 * {@code proposalId} names the proposal to approve, {@code proposedBy} who proposed it (who may not approve it).
 */
public record WorkItem(WorkKind kind, LaureateId laureate, String laureateName, ProgrammeCode programme,
                       String trancheId, DocumentKind document, Money amount, LocalDate dueOn, long daysLate,
                       String proposalId, String proposedBy) {

    /** Whether {@code user} could act on it: not on their own proposal. */
    public boolean isFor(String user) {
        return kind != WorkKind.PROPOSAL_TO_APPROVE || !user.equals(proposedBy);
    }

    public boolean isLate() {
        return daysLate > 0;
    }

    /** A report or a convention past its deadline: what the laureate owes, not a payment the office owes. */
    public boolean isOverdue() {
        return kind == WorkKind.REPORT_LATE || kind == WorkKind.CONVENTION_LATE;
    }
}
