package fr.deffinum.api.programme;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.deffinum.application.programme.EnvelopeStatement;
import fr.deffinum.application.programme.ProgrammeFigures;
import java.util.List;

/** A programme with its figures and the history of its envelope, first the opening's statement. */
public record ProgrammeDetail(@JsonUnwrapped ProgrammeSummary summary, List<EnvelopeStatement> envelopeHistory) {

    static ProgrammeDetail of(ProgrammeFigures figures, List<EnvelopeStatement> history) {
        return new ProgrammeDetail(ProgrammeSummary.of(figures), history);
    }
}
