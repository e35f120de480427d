package fr.deffinum.api.backup;

import fr.deffinum.infrastructure.database.BackupFailed;
import fr.deffinum.infrastructure.database.EmbeddedBackup;
import fr.deffinum.infrastructure.database.EmbeddedDatabaseProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * {@code backup --to FILE} and {@code restore --from FILE}: sub-commands of the jar for the embedded
 * run's data directory, found as the application finds it ({@code DEFFINUM_DATA_DIR}, or
 * {@code --deffinum.data-dir=…}); they do not start the application.
 */
public final class BackupCommands {

    private static final String USAGE = "usage: backup --to FILE | restore --from FILE"
            + " (data directory: DEFFINUM_DATA_DIR or --deffinum.data-dir=DIR)";

    private BackupCommands() {
    }

    public static boolean named(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command named first; answers the exit status: 0 done, 1 refused or failed, 2 misused. */
    public static int run(String[] args) {
        LoggingSystem.get(BackupCommands.class.getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME,
                LogLevel.WARN);
        List<String> arguments = Arrays.asList(args);
        String option = args[0].equals("backup") ? "--to" : "--from";
        int at = arguments.indexOf(option);
        if (at < 0 || at + 1 >= args.length) {
            System.err.println(USAGE);
            return 2;
        }
        Path file = Path.of(args[at + 1]);
        Path dataDir = dataDir(args);
        try {
            if (args[0].equals("backup")) {
                backup(dataDir, file);
            } else {
                restore(file, dataDir);
            }
            return 0;
        } catch (BackupFailed | IOException e) {
            System.err.println(args[0] + " not done: " + e.getMessage());
            return 1;
        }
    }

    private static void backup(Path dataDir, Path dump) throws IOException {
        EmbeddedBackup.Written written = EmbeddedBackup.backup(dataDir, dump);
        System.out.printf("Backed up %s%s: the database in %s, %d other file(s) in %s%n", dataDir,
                written.serverStarted() ? " (the application was not running)" : "", written.dump(),
                written.fileCount(), written.files());
    }

    private static void restore(Path dump, Path dataDir) throws IOException {
        EmbeddedBackup.Restored restored = EmbeddedBackup.restore(dump, dataDir);
        System.out.printf("Restored %s into %s; %s. Start the application on it as usual.%n", dump,
                restored.dataDir(), restored.files()
                        .map(zip -> restored.fileCount() + " other file(s) from " + zip)
                        .orElse("no " + EmbeddedBackup.filesBeside(dump).getFileName()
                                + " beside it: the data directory's other files are not restored"));
    }

    private static Path dataDir(String[] args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        return Binder.get(environment).bindOrCreate("deffinum", EmbeddedDatabaseProperties.class).dataDir();
    }
}
