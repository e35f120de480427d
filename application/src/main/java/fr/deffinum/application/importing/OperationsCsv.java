package fr.deffinum.application.importing;

import fr.deffinum.application.french.FrenchInput;
import fr.deffinum.application.importing.OperationLine.Operation;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.money.Money;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Reads a file of notifications and payments as program officers keep them: {@code ;}-separated,
 * one operation a line, amounts and dates as {@link FrenchInput} reads them (the forms read them
 * alike). Headers are matched without case or accents:
 * {@code référence} (or {@code id}), {@code opération} ({@code notification} or {@code versement}),
 * {@code date}, {@code montant}, {@code référence décision} (notifications),
 * {@code identifiant versement} and {@code nature} ({@code avance}, {@code acompte}, {@code solde};
 * payments), {@code tranche} (a payment under a convention), {@code motif} (optional).
 */
final class OperationsCsv {

    static final String REFERENCE = "reference";
    static final String ID = "id";
    static final String OPERATION = "operation";
    static final String DATE = "date";
    static final String AMOUNT = "montant";
    static final String DECISION = "reference_decision";
    static final String PAYMENT_ID = "identifiant_versement";
    static final String KIND = "nature";
    static final String REASON = "motif";
    static final String TRANCHE = "tranche";

    private static final Map<String, PaymentKind> KINDS = Map.of("avance", PaymentKind.ADVANCE,
            "acompte", PaymentKind.INTERIM, "solde", PaymentKind.BALANCE);
    private static final Map<String, Operation> OPERATIONS = Map.of("notification", Operation.NOTIFICATION,
            "versement", Operation.PAYMENT);

    private static final int PROGRESS_EVERY = 1_000;

    record Parsed(List<OperationLine> lines, List<LineError> errors, int count) {
    }

    private OperationsCsv() {
    }

    static Parsed parse(String text) {
        return parse(new StringReader(text), Integer.MAX_VALUE, read -> { });
    }

    /**
     * Streams the file, keeping the first {@code maxLines} lines and counting the others;
     * {@code progress} hears the number of records read so far, every {@value #PROGRESS_EVERY}.
     */
    static Parsed parse(Reader text, int maxLines, IntConsumer progress) {
        SemicolonCsv file = SemicolonCsv.open(text);
        List<LineError> errors = new ArrayList<>();
        if (!file.hasHeader()) {
            return new Parsed(List.of(), file.fileErrors(), 0);
        }
        String laureateColumn = file.has(REFERENCE) ? REFERENCE : file.has(ID) ? ID : null;
        if (laureateColumn == null) {
            errors.add(SemicolonCsv.missing(REFERENCE));
        }
        for (String required : List.of(OPERATION, DATE, AMOUNT)) {
            if (!file.has(required)) {
                errors.add(SemicolonCsv.missing(required));
            }
        }
        if (!errors.isEmpty()) {
            return new Parsed(List.of(), errors, 0);
        }
        List<OperationLine> lines = new ArrayList<>();
        int[] read = new int[1];
        int count = file.forEachRow(row -> {
            if (++read[0] <= maxLines) {
                line(row, laureateColumn, errors).ifPresent(lines::add);
            }
            if (read[0] % PROGRESS_EVERY == 0) {
                progress.accept(read[0]);
            }
        });
        errors.addAll(file.fileErrors());
        return new Parsed(lines, errors, count);
    }

    private static Optional<OperationLine> line(SemicolonCsv.Row row, String laureateColumn,
                                                          List<LineError> errors) {
        int before = errors.size();
        String laureate = row.required(laureateColumn, errors);
        Operation operation = row.choice(OPERATION, OPERATIONS, "OPERATION_UNKNOWN", "notification ou versement",
                errors);
        Money amount = row.amount(AMOUNT, errors);
        LocalDate date = row.date(DATE, null, errors);
        String decision = null;
        String paymentId = null;
        PaymentKind kind = null;
        if (operation == Operation.NOTIFICATION) {
            decision = row.required(DECISION, errors);
        } else if (operation == Operation.PAYMENT) {
            paymentId = row.required(PAYMENT_ID, errors);
            kind = row.choice(KIND, KINDS, "PAYMENT_KIND_UNKNOWN", "avance, acompte ou solde", errors);
        }
        if (errors.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new OperationLine(row.line(), laureate, operation, amount, date, decision,
                paymentId, kind, operation == Operation.PAYMENT ? row.value(TRANCHE) : null, row.value(REASON)));
    }
}
