package fr.deffinum.application.importing;

import fr.deffinum.application.french.FrenchInput;
import fr.deffinum.application.importing.OperationLine.Operation;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.money.InvalidAmount;
import fr.deffinum.domain.money.Money;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a file of notifications and payments as program officers keep them: {@code ;}-separated,
 * one operation a line, amounts and dates as {@link FrenchInput} reads them (the forms read them
 * alike). Headers are matched without case or accents:
 * {@code référence} (or {@code id}), {@code opération} ({@code notification} or {@code versement}),
 * {@code date}, {@code montant}, {@code référence décision} (notifications),
 * {@code identifiant versement} and {@code nature} ({@code avance}, {@code acompte}, {@code solde};
 * payments), {@code motif} (optional).
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

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setTrim(true)
            .setIgnoreEmptyLines(true).get();
    private static final Map<String, PaymentKind> KINDS = Map.of("avance", PaymentKind.ADVANCE,
            "acompte", PaymentKind.INTERIM, "solde", PaymentKind.BALANCE);
    private static final Map<String, Operation> OPERATIONS = Map.of("notification", Operation.NOTIFICATION,
            "versement", Operation.PAYMENT);

    record Parsed(List<OperationLine> lines, List<LineError> errors, int count) {
    }

    private final List<OperationLine> lines = new ArrayList<>();
    private final List<LineError> errors = new ArrayList<>();
    private Map<String, Integer> columns = Map.of();
    private String laureateColumn;
    private int scanned;
    private int line = 1;

    static Parsed parse(String text) {
        return new OperationsCsv().read(text);
    }

    private Parsed read(String text) {
        int count = 0;
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                int line = lineAt(text, record.getCharacterPosition());
                if (columns.isEmpty()) {
                    header(record);
                    if (!errors.isEmpty()) {
                        return new Parsed(List.of(), errors, 0);
                    }
                    continue;
                }
                count++;
                line(line, record);
            }
        } catch (IOException | UncheckedIOException unreadable) {
            errors.add(new LineError(0, null, "FILE_UNREADABLE", "The file is not a readable CSV: "
                    + unreadable.getMessage(), "Le fichier n'est pas un CSV lisible (guillemet non fermé ?)."));
        }
        if (columns.isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(0, null, "FILE_EMPTY", "The file is empty", "Le fichier est vide."));
        }
        return new Parsed(lines, errors, count);
    }

    /** The file's line where a record starts; a quoted value may span several lines. */
    private int lineAt(String text, long position) {
        for (; scanned < position; scanned++) {
            if (text.charAt(scanned) == '\n') {
                line++;
            }
        }
        return line;
    }

    private void header(CSVRecord record) {
        Map<String, Integer> found = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            found.putIfAbsent(key(record.get(i)), i);
        }
        columns = found;
        laureateColumn = found.containsKey(REFERENCE) ? REFERENCE : found.containsKey(ID) ? ID : null;
        if (laureateColumn == null) {
            missingColumn(REFERENCE);
        }
        for (String required : List.of(OPERATION, DATE, AMOUNT)) {
            if (!found.containsKey(required)) {
                missingColumn(required);
            }
        }
    }

    private void missingColumn(String column) {
        errors.add(new LineError(1, column, "COLUMN_MISSING", "The header has no column '" + column + "'",
                "L'en-tête n'a pas de colonne « " + column + " »."));
    }

    private void line(int line, CSVRecord record) {
        int before = errors.size();
        String laureate = required(line, record, laureateColumn);
        Operation operation = choice(line, record, OPERATION, OPERATIONS, "OPERATION_UNKNOWN",
                "notification ou versement");
        Money amount = amount(line, record);
        LocalDate date = date(line, record);
        String decision = null;
        String paymentId = null;
        PaymentKind kind = null;
        if (operation == Operation.NOTIFICATION) {
            decision = required(line, record, DECISION);
        } else if (operation == Operation.PAYMENT) {
            paymentId = required(line, record, PAYMENT_ID);
            kind = choice(line, record, KIND, KINDS, "PAYMENT_KIND_UNKNOWN", "avance, acompte ou solde");
        }
        if (errors.size() == before) {
            lines.add(new OperationLine(line, laureate, operation, amount, date, decision, paymentId, kind,
                    value(record, REASON)));
        }
    }

    private String required(int line, CSVRecord record, String column) {
        String value = value(record, column);
        if (value == null) {
            errors.add(new LineError(line, column, "VALUE_MISSING", "Column '" + column + "' is empty",
                    "La colonne « " + column + " » est vide."));
        }
        return value;
    }

    private <T> T choice(int line, CSVRecord record, String column, Map<String, T> allowed, String code,
                         String expected) {
        String value = required(line, record, column);
        if (value == null) {
            return null;
        }
        T chosen = allowed.get(key(value));
        if (chosen == null) {
            errors.add(new LineError(line, column, code, "'" + value + "' is not one of " + allowed.keySet(),
                    "« " + value + " » n'est pas reconnu : attendu " + expected + "."));
        }
        return chosen;
    }

    private Money amount(int line, CSVRecord record) {
        String value = required(line, record, AMOUNT);
        if (value == null) {
            return null;
        }
        Optional<BigDecimal> amount = FrenchInput.amount(value);
        try {
            if (amount.isPresent()) {
                return new Money(amount.get());
            }
        } catch (InvalidAmount tooLarge) {
            amount = Optional.empty();
        }
        errors.add(new LineError(line, AMOUNT, "AMOUNT_INVALID", "'" + value + "' is not an amount in euros",
                "« " + value + " » n'est pas un montant en euros (ex. 1 300 000,00)."));
        return null;
    }

    private LocalDate date(int line, CSVRecord record) {
        String value = required(line, record, DATE);
        if (value == null) {
            return null;
        }
        Optional<LocalDate> date = FrenchInput.date(value);
        if (date.isEmpty()) {
            errors.add(new LineError(line, DATE, "DATE_INVALID", "'" + value + "' is not a date dd/mm/yyyy",
                    "« " + value + " » n'est pas une date jj/mm/aaaa."));
        }
        return date.orElse(null);
    }

    private String value(CSVRecord record, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size() || record.get(index).isBlank()) {
            return null;
        }
        return record.get(index);
    }

    /** {@code Référence décision} and {@code reference_decision} name the same column. */
    private static String key(String text) {
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
