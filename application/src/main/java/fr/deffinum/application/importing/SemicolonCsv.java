package fr.deffinum.application.importing;

import fr.deffinum.application.french.FrenchInput;
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
 * A {@code ;}-separated file as a spreadsheet saves it: a header, then one record a line (a quoted
 * value may span several). Columns are named by their header without case, accents or punctuation
 * ({@code Référence décision} is {@code reference_decision}); values are read as {@link FrenchInput}
 * reads them, and each unreadable one is reported with its line and column.
 */
final class SemicolonCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setTrim(true)
            .setIgnoreEmptyLines(true).get();

    private final Map<String, Integer> columns;
    private final List<Row> rows;
    private final List<LineError> fileErrors;

    private SemicolonCsv(Map<String, Integer> columns, List<Row> rows, List<LineError> fileErrors) {
        this.columns = columns;
        this.rows = rows;
        this.fileErrors = fileErrors;
    }

    /** The file's header and records; an empty or unreadable file says so in {@link #fileErrors()}. */
    static SemicolonCsv read(String text) {
        Map<String, Integer> columns = new HashMap<>();
        List<CSVRecord> records = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        boolean header = true;
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                if (header) {
                    for (int i = 0; i < record.size(); i++) {
                        columns.putIfAbsent(key(record.get(i)), i);
                    }
                    header = false;
                } else {
                    records.add(record);
                }
            }
        } catch (IOException | UncheckedIOException unreadable) {
            errors.add(new LineError(0, null, "FILE_UNREADABLE", "The file is not a readable CSV: "
                    + unreadable.getMessage(), "Le fichier n'est pas un CSV lisible (guillemet non fermé ?)."));
        }
        if (header && errors.isEmpty()) {
            errors.add(new LineError(0, null, "FILE_EMPTY", "The file is empty", "Le fichier est vide."));
        }
        SemicolonCsv file = new SemicolonCsv(columns, new ArrayList<>(), errors);
        Lines lines = new Lines(text);
        records.forEach(record -> file.rows.add(file.new Row(lines.at(record.getCharacterPosition()), record)));
        return file;
    }

    /** Whether the file has a header at all. */
    boolean hasHeader() {
        return !columns.isEmpty();
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The error of a header without {@code column}. */
    static LineError missing(String column) {
        return new LineError(1, column, "COLUMN_MISSING", "The header has no column '" + column + "'",
                "L'en-tête n'a pas de colonne « " + column + " ».");
    }

    List<Row> rows() {
        return rows;
    }

    /** Why the file as a whole could not be read (empty, a quote never closed); reported after the lines' errors. */
    List<LineError> fileErrors() {
        return fileErrors;
    }

    /** {@code Référence décision}, {@code reference_decision} and {@code RÉFÉRENCE DÉCISION} name the same column. */
    static String key(String text) {
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    /** One record and the file's line where it starts; each reading adds what is wrong with it to {@code errors}. */
    final class Row {

        private final int line;
        private final CSVRecord record;

        private Row(int line, CSVRecord record) {
            this.line = line;
            this.record = record;
        }

        int line() {
            return line;
        }

        /** The value of {@code column}, null where the column is absent or the cell blank. */
        String value(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= record.size() || record.get(index).isBlank()) {
                return null;
            }
            return record.get(index);
        }

        String required(String column, List<LineError> errors) {
            String value = value(column);
            if (value == null) {
                errors.add(error(column, "VALUE_MISSING", "Column '" + column + "' is empty",
                        "La colonne « " + column + " » est vide."));
            }
            return value;
        }

        <T> T choice(String column, Map<String, T> allowed, String code, String expected, List<LineError> errors) {
            String value = required(column, errors);
            if (value == null) {
                return null;
            }
            T chosen = allowed.get(key(value));
            if (chosen == null) {
                errors.add(error(column, code, "'" + value + "' is not one of " + allowed.keySet(),
                        "« " + value + " » n'est pas reconnu : attendu " + expected + "."));
            }
            return chosen;
        }

        Money amount(String column, List<LineError> errors) {
            String value = required(column, errors);
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
            errors.add(error(column, "AMOUNT_INVALID", "'" + value + "' is not an amount in euros",
                    "« " + value + " » n'est pas un montant en euros (ex. 1 300 000,00)."));
            return null;
        }

        /** The date of {@code column}; {@code otherwise} where the cell is blank and a default exists, else an error. */
        LocalDate date(String column, LocalDate otherwise, List<LineError> errors) {
            String value = otherwise == null ? required(column, errors) : value(column);
            if (value == null) {
                return otherwise;
            }
            Optional<LocalDate> date = FrenchInput.date(value);
            if (date.isEmpty()) {
                errors.add(error(column, "DATE_INVALID", "'" + value + "' is not a date dd/mm/yyyy",
                        "« " + value + " » n'est pas une date jj/mm/aaaa."));
            }
            return date.orElse(null);
        }

        LineError error(String column, String code, String message, String messageFr) {
            return new LineError(line, column, code, message, messageFr);
        }
    }

    /** Counts the file's lines up to each record's position, once through the text. */
    private static final class Lines {

        private final String text;
        private int scanned;
        private int line = 1;

        Lines(String text) {
            this.text = text;
        }

        int at(long position) {
            for (; scanned < position; scanned++) {
                if (text.charAt(scanned) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
