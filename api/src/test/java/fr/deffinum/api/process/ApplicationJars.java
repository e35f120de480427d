package fr.deffinum.api.process;

import fr.deffinum.infrastructure.testing.TestDatabase;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The application processes a test class starts ({@code @RegisterExtension static}): each is
 * killed after the class whatever happens, also if the test JVM itself is stopped, and their logs
 * are printed when a test fails.
 */
public final class ApplicationJars implements AfterTestExecutionCallback, AfterAllCallback {

    private final List<ApplicationJar> started = new CopyOnWriteArrayList<>();
    private TestDatabase database;

    /** The class's own test database, created at the first call and dropped once its processes are stopped. */
    public synchronized TestDatabase database() {
        if (database == null) {
            database = TestDatabase.create();
        }
        return database;
    }

    /**
     * Starts the jar on a test database, connected as its runtime role with the migrations run as
     * the owner, with extra properties ({@code name=value}); does not wait for it.
     */
    public ApplicationJar start(String name, TestDatabase database, String... properties) {
        return start(name, database.properties(), properties);
    }

    /** Starts the jar on the database at that URL, one role for everything. */
    public ApplicationJar start(String name, String jdbcUrl, String... properties) {
        return start(name, Map.of("spring.datasource.url", jdbcUrl), properties);
    }

    /** Starts the jar on its embedded PostgreSQL, its data in that directory, with its demo users. */
    public ApplicationJar startEmbedded(String name, Path dataDir, String... properties) {
        return started(ApplicationJar.startEmbedded(name, dataDir, Arrays.asList(properties)));
    }

    private ApplicationJar start(String name, Map<String, String> database, String... properties) {
        return started(ApplicationJar.start(name, database, Arrays.asList(properties)));
    }

    private ApplicationJar started(ApplicationJar application) {
        started.add(application);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                application.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        return application;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            for (ApplicationJar application : started) {
                System.out.printf("----- %s (pid %d), last lines of its log -----%n%s%n", application.name(),
                        application.pid(), application.logTail(150));
            }
        }
    }

    /** Stops every process still running. */
    public void stopAll() throws InterruptedException {
        for (ApplicationJar application : started) {
            application.stop();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) throws InterruptedException {
        stopAll();
        if (database != null) {
            database.drop();
        }
    }
}
