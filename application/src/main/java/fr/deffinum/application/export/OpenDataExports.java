package fr.deffinum.application.export;

import fr.deffinum.application.laureate.LaureateFilter;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.LaureateViews;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The exports of the laureates as the read model shows them now, dated in Paris time. */
@Service
public class OpenDataExports {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final LaureateViews views;
    private final Publisher publisher;

    public OpenDataExports(LaureateViews views, Publisher publisher) {
        this.views = views;
        this.publisher = publisher;
    }

    public String laureatesCsv() {
        return LaureatesCsv.of(laureates());
    }

    public Map<String, Object> threeSixtyGiving() {
        return ThreeSixtyGiving.packageOf(laureates(), publisher, today());
    }

    public ScdlSubventions.Export scdl() {
        return ScdlSubventions.of(laureates(), publisher, today());
    }

    private List<LaureateView> laureates() {
        return views.search(LaureateFilter.ALL);
    }

    private static LocalDate today() {
        return LocalDate.now(PARIS);
    }
}
