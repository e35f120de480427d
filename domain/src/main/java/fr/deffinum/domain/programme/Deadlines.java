package fr.deffinum.domain.programme;

/**
 * A programme's deadlines: its conventions signed within {@code conventionWithinDays} of the decision,
 * each final report within {@code finalReportWithinMonths} of the project's end.
 */
public record Deadlines(int conventionWithinDays, int finalReportWithinMonths) {

    public boolean isValid() {
        return conventionWithinDays > 0 && conventionWithinDays <= 3650
                && finalReportWithinMonths > 0 && finalReportWithinMonths <= 120;
    }
}
