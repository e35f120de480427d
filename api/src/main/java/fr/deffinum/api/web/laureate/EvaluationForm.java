package fr.deffinum.api.web.laureate;

import fr.deffinum.api.web.FrenchDate;
import fr.deffinum.domain.laureate.EvaluationOutcome;
import fr.deffinum.domain.laureate.Rule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The evaluation as typed by the officer; its comment is also the recorded reason. */
public record EvaluationForm(@NotNull(message = "{fr.deffinum.Required.message}") EvaluationOutcome outcome,
                             @NotBlank(message = "{fr.deffinum.Required.message}") @FrenchDate String evaluatedOn,
                             @Size(max = 4000) String comment) implements RecordingForm {

    static final String NAME = "evaluation";

    static EvaluationForm empty() {
        return new EvaluationForm(null, "", "");
    }

    @Override
    public String fieldFor(Rule rule) {
        return rule == Rule.DATE_BEFORE_PREVIOUS_STEP ? "evaluatedOn" : null;
    }
}
