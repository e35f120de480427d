package fr.deffinum.application.importing;

import java.util.List;

/**
 * The outcome of an import: either every line recorded ({@code recorded}) or none, with the
 * errors that stopped it, line by line.
 */
public record ImportReport(String importId, int lines, int notifications, int payments, boolean recorded,
                           List<LineError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    static ImportReport rejected(String importId, int lines, List<LineError> errors) {
        return new ImportReport(importId, lines, 0, 0, false, errors);
    }
}
