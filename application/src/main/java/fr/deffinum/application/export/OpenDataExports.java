package fr.deffinum.application.export;

import fr.deffinum.application.laureate.LaureateFilter;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.LaureateViews;
import fr.deffinum.application.programme.ProgrammeView;
import fr.deffinum.application.programme.Programmes;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The exports of the laureates as the read model shows them now, dated in Paris time: of every
 * programme, or of one ({@code programme} null for all), each laureate named with its programme as recorded.
 */
@Service
public class OpenDataExports {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final LaureateViews views;
    private final Programmes programmes;
    private final Publisher publisher;

    public OpenDataExports(LaureateViews views, Programmes programmes, Publisher publisher) {
        this.views = views;
        this.programmes = programmes;
        this.publisher = publisher;
    }

    public String laureatesCsv(ProgrammeCode programme) {
        return LaureatesCsv.of(laureates(programme));
    }

    public Map<String, Object> threeSixtyGiving(ProgrammeCode programme) {
        return ThreeSixtyGiving.packageOf(laureates(programme), programmes(), publisher, today());
    }

    public ScdlSubventions.Export scdl(ProgrammeCode programme) {
        return ScdlSubventions.of(laureates(programme), programmes(), publisher, today());
    }

    private List<LaureateView> laureates(ProgrammeCode programme) {
        return views.search(new LaureateFilter(programme, null, null, null));
    }

    private Map<ProgrammeCode, ProgrammeView> programmes() {
        return programmes.all().stream().collect(Collectors.toMap(ProgrammeView::code, Function.identity()));
    }

    private static LocalDate today() {
        return LocalDate.now(PARIS);
    }
}
