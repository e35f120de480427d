package fr.deffinum.application.importing;

import fr.deffinum.application.french.FrenchInput;
import fr.deffinum.domain.money.InvalidAmount;
import fr.deffinum.domain.money.Money;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
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

    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<LineError> fileErrors = new ArrayList<>();
    private final LineCounting text;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private SemicolonCsv(Reader reader) {
        this.text = new LineCounting(reader);
        CSVParser opened = null;
        Iterator<CSVRecord> iterator = Collections.emptyIterator();
        try {
            opened = FORMAT.parse(text);
            iterator = opened.iterator();
            if (iterator.hasNext()) {
                CSVRecord header = iterator.next();
                for (int i = 0; i < header.size(); i++) {
                    columns.putIfAbsent(key(header.get(i)), i);
                }
            }
        } catch (IOException | UncheckedIOException unreadable) {
            unreadable(unreadable);
        }
        this.parser = opened;
        this.records = iterator;
        if (columns.isEmpty() && fileErrors.isEmpty()) {
            fileErrors.add(new LineError(0, null, "FILE_EMPTY", "The file is empty", "Le fichier est vide."));
        }
    }

    /** The whole file, its records kept in {@link #rows()}: for files of a few thousand lines. */
    static SemicolonCsv read(String text) {
        SemicolonCsv file = open(new StringReader(text));
        file.forEachRow(file.rows::add);
        return file;
    }

    /** The file's header, read from {@code reader}; its records follow through {@link #forEachRow}. */
    static SemicolonCsv open(Reader reader) {
        return new SemicolonCsv(reader);
    }

    /**
     * Hands each record to {@code each} as it is read, keeping none: a file of any length is read in
     * the memory of a few lines. Returns the number of records; a file unreadable on the way (a quote
     * never closed) says so in {@link #fileErrors()}.
     */
    int forEachRow(Consumer<Row> each) {
        int count = 0;
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                each.accept(new Row(text.lineAt(record.getCharacterPosition()), record));
                count++;
            }
        } catch (UncheckedIOException unreadable) {
            unreadable(unreadable);
        } finally {
            close();
        }
        return count;
    }

    private void unreadable(Exception cause) {
        fileErrors.add(new LineError(0, null, "FILE_UNREADABLE", "The file is not a readable CSV: "
                + cause.getMessage(), "Le fichier n'est pas un CSV lisible (guillemet non fermé ?)."));
    }

    private void close() {
        try {
            if (parser != null) {
                parser.close();
            }
        } catch (IOException ignored) {
            // The records are all read: a failure to release the reader changes nothing of them.
        }
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

    /**
     * Counts the lines of the text as the parser reads it, so that a record's position gives the
     * line where it starts. Only the line breaks the parser has read ahead of the last record asked
     * for are kept: a few kilobytes of the file, whatever its length. The parser gives a record the
     * position where it began to look for it, before the blank lines it skipped: those are counted.
     */
    private static final class LineCounting extends FilterReader {

        /** Where each line break not yet passed ends (the position of its {@code \n}), and where it begins. */
        private final ArrayDeque<long[]> breaks = new ArrayDeque<>();
        private long position;
        private boolean afterCarriageReturn;
        private int line = 1;

        LineCounting(Reader reader) {
            super(reader);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                note(c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            for (int i = 0; i < read; i++) {
                note(buffer[offset + i]);
            }
            return read;
        }

        private void note(int c) {
            if (c == '\n') {
                breaks.add(new long[] {position, afterCarriageReturn ? position - 1 : position});
            }
            afterCarriageReturn = c == '\r';
            position++;
        }

        /** Records are asked for in the order of the file. */
        int lineAt(long recordPosition) {
            while (!breaks.isEmpty() && breaks.peekFirst()[1] < recordPosition) {
                breaks.pollFirst();
                line++;
            }
            long start = recordPosition;
            while (!breaks.isEmpty() && breaks.peekFirst()[1] == start) {
                start = breaks.pollFirst()[0] + 1;
                line++;
            }
            return line;
        }
    }
}
