package fr.deffinum.infrastructure.database;

import javax.sql.DataSource;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * With the {@code prod} profile, the application refuses to run as a role that may change or delete
 * an event: that happens when no separate owner runs the migrations ({@code spring.flyway.user}).
 */
@Component
@Profile("prod")
class AppendOnlyEventsInProduction implements ApplicationListener<ApplicationStartedEvent> {

    private final JdbcTemplate jdbc;

    AppendOnlyEventsInProduction(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent started) {
        Boolean mayRewrite = jdbc.queryForObject("SELECT has_table_privilege('domainevententry', 'UPDATE')"
                + " OR has_table_privilege('domainevententry', 'DELETE')", Boolean.class);
        if (Boolean.TRUE.equals(mayRewrite)) {
            throw new IllegalStateException("The prod profile needs an application role that may not change or delete"
                    + " events: run the migrations as the owner (spring.flyway.user) and the application as another"
                    + " role (spring.datasource.username)");
        }
    }
}
