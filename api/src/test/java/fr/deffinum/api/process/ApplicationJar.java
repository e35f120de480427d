package fr.deffinum.api.process;

import fr.deffinum.api.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The packaged application ({@code deffinum.application.jar}, set by the build) running in a JVM of
 * its own, as in production: an external database, users with bcrypt-hashed passwords, the loopback
 * only, a free port, its output in a log file beside the jar. Users: officer, auditor and admin,
 * each with its name as password, as {@link Http} sends them; on its embedded database, the run's own
 * demo users, of the same names and passwords. Steps are recorded at once (no approval policy holds
 * them): these tests load the write path itself. The jar's commands run the same way ({@link #command}).
 */
public final class ApplicationJar {

    private static final Path JAR = Path.of(System.getProperty("deffinum.application.jar",
            "target/deffinum-api-1.0.0-SNAPSHOT.jar"));
    private static final List<String> USERS = users();

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;

    private ApplicationJar(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** What a command of the jar printed and answered, and how long it took. */
    public record CommandRun(int exitStatus, String output, long millis) {
    }

    static ApplicationJar start(String name, Map<String, String> database, List<String> properties) {
        return start(name, database, properties, USERS);
    }

    static ApplicationJar startEmbedded(String name, Path dataDir, List<String> properties) {
        return start(name, Map.of("deffinum.data-dir", dataDir.toString()), properties, List.of());
    }

    private static ApplicationJar start(String name, Map<String, String> database, List<String> properties,
                                        List<String> users) {
        try {
            int port = freePort();
            Path log = logFile(name);
            List<String> command = new ArrayList<>(java());
            command.addAll(List.of("--server.address=127.0.0.1", "--server.port=" + port,
                    "--deffinum.approvals.default-operations="));
            database.forEach((key, value) -> command.add("--" + key + "=" + value));
            command.addAll(users);
            properties.forEach(property -> command.add("--" + property));
            return new ApplicationJar(name, processOf(command, log).start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one of the jar's commands ({@code backup --to …}) to its end, within two minutes. */
    public static CommandRun command(String name, String... arguments) throws IOException, InterruptedException {
        Path log = logFile(name);
        List<String> command = new ArrayList<>(java());
        command.addAll(List.of(arguments));
        long started = System.nanoTime();
        Process process = processOf(command, log).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " still running after two minutes; see " + log);
        }
        return new CommandRun(process.exitValue(), Files.readString(log),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private static List<String> java() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No application jar at " + JAR.toAbsolutePath() + ": run ./mvnw verify");
        }
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Daxoniq.update-checker.disabled=true", "-jar", JAR.toString());
    }

    private static ProcessBuilder processOf(List<String> command, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        return builder;
    }

    private static Path logFile(String name) throws IOException {
        return Files.createDirectories(buildDirectory().resolve("it-logs")).resolve(name + ".log");
    }

    /** The build's output directory, where the jar is: the place for the tests' own files. */
    public static Path buildDirectory() {
        return JAR.toAbsolutePath().getParent();
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Http http() {
        return new Http(port);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the readiness probe answers UP: the seed is recorded and the projections have caught up. */
    public ApplicationJar awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (readiness() != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
            }
            Thread.sleep(250);
        }
        return this;
    }

    /** The readiness probe's status, or -1 without an answer within four seconds. */
    public int readiness() {
        try {
            return http().send(http().request("/actuator/health/readiness", null)
                    .timeout(Duration.ofSeconds(4)).GET()).status();
        } catch (RuntimeException noAnswer) {
            return -1;
        }
    }

    /** SIGKILL: no shutdown hook, no graceful stop, nothing flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the graceful stop a deployment asks for, killed if it takes more than 20 s. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            kill();
        }
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Hashed at the lowest bcrypt cost: the application checks each password once, then remembers the match. */
    private static List<String> users() {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        List<String> users = new ArrayList<>();
        String[][] roles = {{"officer", "OFFICER"}, {"auditor", "AUDITOR"}, {"admin", "ADMIN"}};
        for (int i = 0; i < roles.length; i++) {
            users.add("--deffinum.users[" + i + "].name=" + roles[i][0]);
            users.add("--deffinum.users[" + i + "].password={bcrypt}" + bcrypt.encode(roles[i][0]));
            users.add("--deffinum.users[" + i + "].roles[0]=" + roles[i][1]);
        }
        return users;
    }
}
