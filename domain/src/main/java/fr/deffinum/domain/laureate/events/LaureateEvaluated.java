package fr.deffinum.domain.laureate.events;

import fr.deffinum.domain.laureate.EvaluationOutcome;
import fr.deffinum.domain.laureate.LaureateId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record LaureateEvaluated(LaureateId laureateId, EvaluationOutcome outcome, String comment,
                                LocalDate evaluatedOn) implements LaureateEvent {

    @Override
    public LocalDate effectiveOn() {
        return evaluatedOn;
    }
}
