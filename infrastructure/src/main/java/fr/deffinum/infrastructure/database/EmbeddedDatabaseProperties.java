package fr.deffinum.infrastructure.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL of a run without {@code spring.datasource.url} ({@link EmbeddedDatabaseConfiguration}).
 *
 * @param dataDir where the embedded PostgreSQL keeps its data (a postgresql directory under it);
 *                ~/.deffinum by default, or the environment variable DEFFINUM_DATA_DIR
 */
@ConfigurationProperties("deffinum")
public record EmbeddedDatabaseProperties(Path dataDir) {

    public EmbeddedDatabaseProperties {
        dataDir = dataDir == null ? Path.of(System.getProperty("user.home"), ".deffinum") : dataDir;
    }
}
