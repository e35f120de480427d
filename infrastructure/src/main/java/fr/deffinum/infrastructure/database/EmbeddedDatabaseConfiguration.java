package fr.deffinum.infrastructure.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, the application runs its own PostgreSQL from the Maven
 * jars ({@link EmbeddedServer}), its data in {@code deffinum.data-dir}, durable: a restart finds
 * everything that was acknowledged. The migrations run as the server's owner role; the application
 * connects as {@value EmbeddedServer#APPLICATION_ROLE}, which may not change or delete an event.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        EmbeddedPostgres postgres = EmbeddedServer.start(properties.dataDir());
        log.info("Embedded PostgreSQL on port {}, data in {}", postgres.getPort(),
                EmbeddedServer.pgdata(properties.dataDir()).toAbsolutePath());
        return postgres;
    }

    @Bean
    public DataSource dataSource(EmbeddedPostgres postgres) {
        EmbeddedServer.createApplicationRole(postgres);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(EmbeddedServer.APPLICATION_ROLE, EmbeddedServer.DATABASE));
        dataSource.setMaximumPoolSize(16);
        return dataSource;
    }

    @Bean
    public FlywayConfigurationCustomizer migrationsAsOwner(EmbeddedPostgres postgres) {
        return configuration -> configuration.dataSource(postgres.getPostgresDatabase());
    }
}
