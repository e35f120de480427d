package fr.deffinum.application.convention;

import fr.deffinum.domain.programme.Deadlines;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deadlines of a programme for which an administrator has recorded none.
 *
 * @param conventionWithinDays    a convention is due this many days after the decision
 * @param finalReportWithinMonths a final report is due this many months after the project's end
 * @param dueWithinDays           a report is listed as due this many days before its deadline
 */
@ConfigurationProperties("deffinum.deadlines")
public record DeadlinesProperties(@DefaultValue("90") int conventionWithinDays,
                                  @DefaultValue("6") int finalReportWithinMonths,
                                  @DefaultValue("30") int dueWithinDays) {

    public Deadlines defaults() {
        return new Deadlines(conventionWithinDays, finalReportWithinMonths);
    }
}
