package fr.deffinum.application.importing;

import java.util.List;

/**
 * The outcome of an import of laureates into {@code programme}: either every line recorded
 * ({@code recorded} laureates, their ids in the file's order) or none, with the errors that
 * stopped it, line by line.
 */
public record LaureatesReport(String importId, String programme, int lines, int recorded, List<String> laureates,
                              List<LineError> errors) {

    public LaureatesReport {
        laureates = List.copyOf(laureates);
        errors = List.copyOf(errors);
    }

    public boolean accepted() {
        return errors.isEmpty();
    }

    /** Whether nothing was recorded only because other writes on the programme kept winning the race. */
    public boolean lostToConcurrentWrites() {
        return errors.stream().anyMatch(error -> error.code().equals(LaureatesImport.CONCURRENT_RECORDING));
    }
}
