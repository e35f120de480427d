package fr.deffinum.infrastructure.projection;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * This instance among those sharing the database. Each instance, even two in one JVM, has an id of
 * its own: the token store claims segments under it, so no two instances process the same segment.
 */
public record ProcessingNode(String id) {

    public static ProcessingNode create() {
        return new ProcessingNode(ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8));
    }
}
