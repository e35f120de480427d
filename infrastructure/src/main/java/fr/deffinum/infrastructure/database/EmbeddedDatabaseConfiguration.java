package fr.deffinum.infrastructure.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With no {@code spring.datasource.url}, the application runs its own PostgreSQL from the Maven
 * jars, its data in {@code deffinum.data-dir}, durable (fsync and synchronous commit on): a restart
 * finds everything that was acknowledged. The migrations run as the server's owner role; the
 * application connects as {@value #APPLICATION_ROLE}, which may not change or delete an event.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedDatabaseConfiguration {

    static final String APPLICATION_ROLE = "deffinum_app";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path pgdata = properties.dataDir().resolve("postgresql");
        Files.createDirectories(pgdata);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgdata)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        log.info("Embedded PostgreSQL on port {}, data in {}", postgres.getPort(), pgdata.toAbsolutePath());
        return postgres;
    }

    @Bean
    public DataSource dataSource(EmbeddedPostgres postgres) {
        new JdbcTemplate(postgres.getPostgresDatabase()).execute(
                "DO $$ BEGIN CREATE ROLE " + APPLICATION_ROLE + " LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(APPLICATION_ROLE, "postgres"));
        dataSource.setMaximumPoolSize(16);
        return dataSource;
    }

    @Bean
    public FlywayConfigurationCustomizer migrationsAsOwner(EmbeddedPostgres postgres) {
        return configuration -> configuration.dataSource(postgres.getPostgresDatabase());
    }
}
