package fr.deffinum.application.importing;

import java.util.List;

/**
 * The outcome of an import: every line recorded ({@code recorded}); or every line checked and
 * proposed as one proposal ({@code proposalId}), recorded once another person approves it; or none,
 * with the errors that stopped it, line by line.
 */
public record ImportReport(String importId, int lines, int notifications, int payments, boolean recorded,
                           String proposalId, List<LineError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    static ImportReport rejected(String importId, int lines, List<LineError> errors) {
        return new ImportReport(importId, lines, 0, 0, false, null, errors);
    }

    public boolean proposed() {
        return proposalId != null;
    }
}
