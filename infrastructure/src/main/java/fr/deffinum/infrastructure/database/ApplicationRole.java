package fr.deffinum.infrastructure.database;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migrations run as the owner role ({@code spring.flyway.user}) and grant the role the
 * application connects as ({@code spring.datasource.username}) what it needs, and no right to
 * change or delete an event. That role is asked of the database, never configured twice.
 */
@Configuration(proxyBeanMethods = false)
public class ApplicationRole {

    static final String PLACEHOLDER = "application_role";
    private static final Pattern PLAIN_NAME = Pattern.compile("[\\w.@-]{1,63}");

    @Bean
    public FlywayConfigurationCustomizer applicationRolePlaceholder(DataSource dataSource) {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put(PLACEHOLDER, connectedRole(dataSource));
            configuration.placeholders(placeholders);
        };
    }

    private static String connectedRole(DataSource dataSource) {
        String role = new JdbcTemplate(dataSource).queryForObject("SELECT current_user", String.class);
        if (role == null || !PLAIN_NAME.matcher(role).matches()) {
            throw new IllegalStateException("The application's database role must be a plain name, not " + role);
        }
        return role;
    }
}
