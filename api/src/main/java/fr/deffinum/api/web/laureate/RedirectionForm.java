package fr.deffinum.api.web.laureate;

import fr.deffinum.api.web.FrenchDate;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.programme.ProgrammeCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The redirection to CMA as typed by the officer. */
public record RedirectionForm(@NotBlank(message = "{fr.deffinum.Required.message}") @Size(max = 200) String strategy,
                              @NotBlank(message = "{fr.deffinum.Required.message}") @FrenchDate String redirectedOn,
                              @Size(max = 2000) String reason) implements RecordingForm {

    static final String NAME = "redirection";
    /** The page redirects to CMA, the France 2030 call DEFFINUM's laureates were redirected to. */
    static final ProgrammeCode CMA = new ProgrammeCode("CMA");

    static RedirectionForm empty() {
        return new RedirectionForm("", "", "");
    }

    @Override
    public String fieldFor(Rule rule) {
        return rule == Rule.DATE_BEFORE_PREVIOUS_STEP ? "redirectedOn" : null;
    }
}
