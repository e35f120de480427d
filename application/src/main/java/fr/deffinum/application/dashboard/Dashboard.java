package fr.deffinum.application.dashboard;

import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.application.programme.Sectors;
import java.util.Comparator;
import java.util.List;

/** The funding figures grouped three ways; each grouping adds up to the same totals. */
public record Dashboard(List<DashboardRow> programmes, List<DashboardRow> sectors, List<DashboardRow> statuses) {

    private static final Comparator<DashboardRow> LARGEST_PROGRAMME_FIRST =
            Comparator.comparingLong(DashboardRow::laureates).reversed().thenComparing(DashboardRow::key);

    /** The groupings in the order every reading shows them: programmes by size, sectors as their taxonomy lists them, statuses along the lifecycle. */
    public static Dashboard ordered(List<DashboardRow> programmes, List<DashboardRow> sectors,
                                    List<DashboardRow> statuses) {
        return new Dashboard(programmes.stream().sorted(LARGEST_PROGRAMME_FIRST).toList(),
                sectors.stream().sorted(Comparator.comparing(DashboardRow::key, Sectors.ORDER)).toList(),
                statuses.stream().sorted(Comparator.comparing(row -> LaureateStatus.valueOf(row.key()))).toList());
    }
}
