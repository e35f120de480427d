package fr.deffinum.application.ledger;

import fr.deffinum.application.dashboard.Dashboard;
import fr.deffinum.application.dashboard.Dashboards;
import fr.deffinum.application.laureate.LaureateFilter;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.LaureateViews;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The dashboard, the list and a laureate, now (from the current read model) or at a point in time
 * (from the amounts ledger, with what never changes taken from the current read model).
 */
@Service
public class AsOfReads {

    private final LaureateViews views;
    private final Dashboards dashboards;
    private final AmountsLedger ledger;

    public AsOfReads(LaureateViews views, Dashboards dashboards, AmountsLedger ledger) {
        this.views = views;
        this.dashboards = dashboards;
        this.ledger = ledger;
    }

    public Dashboard dashboard(PointInTime point) {
        return point.isNow() ? dashboards.current() : ledger.dashboard(point);
    }

    /** One programme's dashboard; all programmes' when {@code programme} is null. */
    public Dashboard dashboard(PointInTime point, ProgrammeCode programme) {
        if (programme == null) {
            return dashboard(point);
        }
        return point.isNow() ? dashboards.current(programme) : ledger.dashboard(point, programme);
    }

    public List<LaureateView> search(LaureateFilter filter, PointInTime point) {
        if (point.isNow()) {
            return views.search(filter);
        }
        Map<String, LaureateStanding> standings = ledger.standings(point).stream()
                .collect(Collectors.toMap(LaureateStanding::laureateId, Function.identity()));
        return views.search(new LaureateFilter(null, null, filter.sector(), filter.text())).stream()
                .filter(view -> standings.containsKey(view.id()))
                .map(view -> AsOfView.of(view, standings.get(view.id()), List.of()))
                .filter(view -> filter.programme() == null || filter.programme().equals(view.programme()))
                .filter(view -> filter.status() == null || view.status() == filter.status())
                .toList();
    }

    public Optional<LaureateView> find(String id, PointInTime point) {
        if (point.isNow()) {
            return views.find(id);
        }
        return views.find(id).flatMap(view -> ledger.standing(id, point)
                .map(standing -> AsOfView.of(view, standing, ledger.entries(id, point))));
    }
}
