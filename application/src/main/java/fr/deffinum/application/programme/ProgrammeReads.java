package fr.deffinum.application.programme;

import fr.deffinum.application.dashboard.DashboardRow;
import fr.deffinum.application.ledger.AsOfReads;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Each programme with its envelope and its laureates' figures, now or at a point in time: the
 * figures are the dashboard's programme rows at that point, the envelope the last statement of it
 * recorded and in effect by then. At a past point, a programme not yet opened and without
 * laureates is left out.
 */
@Service
public class ProgrammeReads {

    private final Programmes programmes;
    private final AsOfReads reads;

    public ProgrammeReads(Programmes programmes, AsOfReads reads) {
        this.programmes = programmes;
        this.reads = reads;
    }

    /** In the order the programmes were opened. */
    public List<ProgrammeFigures> all(PointInTime point) {
        Map<String, DashboardRow> rows = rows(point);
        return programmes.all().stream().map(programme -> figures(programme, rows, point))
                .flatMap(Optional::stream).toList();
    }

    public Optional<ProgrammeFigures> one(ProgrammeCode code, PointInTime point) {
        return programmes.find(code).map(programme -> figures(programme, rows(point), point)
                .orElseGet(() -> new ProgrammeFigures(programme, null, ProgrammeFigures.none(programme))));
    }

    /** The statements of its envelope within {@code point}, first the opening's. */
    public List<EnvelopeStatement> envelopeHistory(ProgrammeCode code, PointInTime point) {
        return programmes.envelopes(code, point);
    }

    private Optional<ProgrammeFigures> figures(ProgrammeView programme, Map<String, DashboardRow> rows,
                                               PointInTime point) {
        DashboardRow row = rows.get(programme.code().value());
        if (point.isNow()) {
            return Optional.of(new ProgrammeFigures(programme, programme.envelope(),
                    row == null ? ProgrammeFigures.none(programme) : row));
        }
        List<EnvelopeStatement> statements = programmes.envelopes(programme.code(), point);
        if (statements.isEmpty() && row == null) {
            return Optional.empty();
        }
        Money envelope = statements.isEmpty() ? null : statements.get(statements.size() - 1).envelope();
        return Optional.of(new ProgrammeFigures(programme, envelope, row == null ? ProgrammeFigures.none(programme) : row));
    }

    private Map<String, DashboardRow> rows(PointInTime point) {
        return reads.dashboard(point).programmes().stream()
                .collect(Collectors.toMap(DashboardRow::key, Function.identity()));
    }
}
