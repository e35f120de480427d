package fr.deffinum.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real application jar, started as a child process on the bench database, as it runs in production. */
final class ApplicationProcess implements AutoCloseable {

    static final String USER = "bench";
    static final String APPROVER = "bench-approver";
    static final String PASSWORD = "bench";

    private final Process process;
    private final Path log;

    ApplicationProcess(Path jar, String jdbcUrl, int port) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("No application jar at " + jar.toAbsolutePath()
                    + ": build it first (./mvnw -q -pl api,bench -am package -DskipTests)");
        }
        log = Files.createTempFile("deffinum-bench-app", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(List.of(java, "-Xmx1g", "-Daxoniq.update-checker.disabled=true",
                "-jar", jar.toString(), "--server.port=" + port, "--spring.datasource.url=" + jdbcUrl,
                "--deffinum.users[0].name=" + USER, "--deffinum.users[0].password={noop}" + PASSWORD,
                "--deffinum.users[0].roles[0]=ADMIN",
                "--deffinum.users[1].name=" + APPROVER, "--deffinum.users[1].password={noop}" + PASSWORD,
                "--deffinum.users[1].roles[0]=APPROVER", "--deffinum.users[1].roles[1]=ADMIN", "--logging.level.root=WARN",
                // the commands measured are recorded at once: no approval policy holds them
                "--deffinum.approvals.default-operations="))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    void awaitReady(ApiClient api, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!api.ready()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("The application did not become ready; its log: " + log);
            }
            Thread.sleep(250);
        }
    }

    /** Heap in use after a full collection, in MiB, read with jcmd from the application's own JVM. */
    long heapAfterGcMiB() throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        String pid = Long.toString(process.pid());
        new ProcessBuilder(jcmd, pid, "GC.run").redirectErrorStream(true).start().waitFor();
        Process info = new ProcessBuilder(jcmd, pid, "GC.heap_info").redirectErrorStream(true).start();
        String output = new String(info.getInputStream().readAllBytes());
        info.waitFor();
        Matcher used = Pattern.compile("used (\\d+)K").matcher(output);
        return used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
    }

    /** The last lines of the application's log, for a run that failed. */
    String logTail(int lines) throws IOException {
        List<String> all = Files.readAllLines(log);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Files.deleteIfExists(log);
    }
}
