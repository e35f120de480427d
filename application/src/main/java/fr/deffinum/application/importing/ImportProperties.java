package fr.deffinum.application.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The import of a file of notifications and payments ({@link OperationsImport}).
 *
 * @param logEvery how many lines apart the progress of an import is logged
 * @param maxLines the most lines a file may have; a larger one is refused before any command is sent. An
 *                 import holds its lines and the events they stage in memory until its single commit:
 *                 some 2 kB a line, so 1,000,000 lines need about 2 GB of heap
 */
@ConfigurationProperties("deffinum.import")
public record ImportProperties(@DefaultValue("500") int logEvery, @DefaultValue("1000000") int maxLines) {
}
