package fr.deffinum.application.laureate;

import fr.deffinum.domain.laureate.EvaluationOutcome;
import java.time.LocalDate;

public record Evaluation(EvaluationOutcome outcome, String comment, LocalDate evaluatedOn) {
}
