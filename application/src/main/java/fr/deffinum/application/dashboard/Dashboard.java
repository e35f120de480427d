package fr.deffinum.application.dashboard;

import java.util.List;

/** The funding figures grouped three ways; each grouping adds up to the same totals. */
public record Dashboard(List<DashboardRow> programmes, List<DashboardRow> sectors, List<DashboardRow> statuses) {
}
