package fr.deffinum.api.programme;

import fr.deffinum.application.programme.ProgrammeFigures;
import fr.deffinum.application.programme.ProgrammeView;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A programme with its figures: its envelope ({@code null} while not known), what its laureates
 * hold of it ({@code exposure}: the firm {@code awarded} plus the {@code pendingMaximum} not yet
 * decided), what the decisions {@code released} below their maxima, what is {@code paid}, and what
 * is {@code available}, envelope − exposure ({@code null} with the envelope).
 */
public record ProgrammeSummary(ProgrammeCode code, String name, String plan, boolean euFunded, String operator,
                               LocalDate openedOn, Money envelope, Money exposure, Money awarded,
                               Money pendingMaximum, Money released, Money paid, BigDecimal available,
                               long laureates, List<String> officers, List<String> sectors) {

    static ProgrammeSummary of(ProgrammeFigures figures) {
        ProgrammeView p = figures.programme();
        return new ProgrammeSummary(p.code(), p.name(), p.plan(), p.euFunded(), p.operator(), p.openedOn(),
                figures.envelope(), figures.exposure(), figures.figures().awarded(),
                figures.figures().pendingMaximum(), figures.figures().released(), figures.figures().paid(),
                figures.available(), figures.figures().laureates(), p.officers().stream().sorted().toList(),
                p.sectors());
    }
}
