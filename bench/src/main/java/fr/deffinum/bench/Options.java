package fr.deffinum.bench;

import java.nio.file.Path;

/** The size of the generated programme and where to run it. */
record Options(int laureates, int events, int commandsPerRun, int queriesPerClient, int freshnessSamples,
               int importLines, String serverUrl, int port, Path applicationJar) {

    static Options parse(String[] args) {
        int laureates = 10_000;
        int events = 1_000_000;
        int commands = 1_200;
        int queries = 50;
        int freshness = 100;
        int importLines = 100_000;
        int port = 8400;
        Path jar = Path.of("api/target/deffinum-api-1.0.0-SNAPSHOT.jar");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> {
                    laureates = 1_000;
                    events = 50_000;
                    commands = 300;
                    queries = 20;
                    freshness = 30;
                    importLines = 20_000;
                }
                case "--laureates" -> laureates = Integer.parseInt(args[++i]);
                case "--events" -> events = Integer.parseInt(args[++i]);
                case "--commands" -> commands = Integer.parseInt(args[++i]);
                case "--import-lines" -> importLines = Integer.parseInt(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--app-jar" -> jar = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; options: --quick, --laureates N, --events N, --commands N, --import-lines N, --port P, --app-jar PATH");
            }
        }
        String url = System.getenv("DEFFINUM_BENCH_DATABASE_URL");
        if (url == null || url.isBlank()) {
            url = System.getenv("DEFFINUM_TEST_DATABASE_URL");
        }
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("Set DEFFINUM_BENCH_DATABASE_URL to a JDBC URL of a PostgreSQL server "
                    + "(e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres) with a role that may create databases");
        }
        return new Options(laureates, events, commands, queries, freshness, importLines, url, port, jar);
    }
}
