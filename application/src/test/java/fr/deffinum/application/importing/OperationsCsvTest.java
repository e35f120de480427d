package fr.deffinum.application.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.deffinum.application.importing.OperationLine.Operation;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.money.Money;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

class OperationsCsvTest {

    private static final String HEADER = "Référence;Opération;Date;Montant;Référence décision;"
            + "Identifiant versement;Nature;Motif\n";

    @Test
    void french_amounts_with_any_thousands_space_and_french_dates_are_read() {
        OperationsCsv.Parsed parsed = OperationsCsv.parse(HEADER
                + "A;notification;15/01/2023;1 300 000,00;DEC-1;;;\n"
                + "A;versement;1/2/2023;1\u00A0000\u202F000,5;;V-1;Acompte;\"Avance;\nsur deux lignes\"\n"
                + "A;Versement;03/02/2023;12,00 €;;V-2;SOLDE;\n");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.lines()).extracting(OperationLine::line).containsExactly(2, 3, 5);
        OperationLine notification = parsed.lines().get(0);
        assertThat(notification.operation()).isEqualTo(Operation.NOTIFICATION);
        assertThat(notification.amount()).isEqualTo(Money.euros("1300000.00"));
        assertThat(notification.date()).isEqualTo(LocalDate.of(2023, 1, 15));
        OperationLine payment = parsed.lines().get(1);
        assertThat(payment.amount()).isEqualTo(Money.euros("1000000.50"));
        assertThat(payment.kind()).isEqualTo(PaymentKind.INTERIM);
        assertThat(payment.reason()).isEqualTo("Avance;\nsur deux lignes");
        assertThat(parsed.lines().get(2).kind()).isEqualTo(PaymentKind.BALANCE);
    }

    @Test
    void every_unreadable_value_is_reported_with_its_line_and_column() {
        OperationsCsv.Parsed parsed = OperationsCsv.parse(HEADER
                + "A;notification;2023-01-15;1 300 000,001;;;;\n"
                + ";versement;29/02/2023;-5;;;prêt;\n");

        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.errors()).extracting(LineError::line, LineError::column, LineError::code).containsExactly(
                tuple(2, "montant", "AMOUNT_INVALID"),
                tuple(2, "date", "DATE_INVALID"),
                tuple(2, "reference_decision", "VALUE_MISSING"),
                tuple(3, "reference", "VALUE_MISSING"),
                tuple(3, "montant", "AMOUNT_INVALID"),
                tuple(3, "date", "DATE_INVALID"),
                tuple(3, "identifiant_versement", "VALUE_MISSING"),
                tuple(3, "nature", "PAYMENT_KIND_UNKNOWN"));
    }

    @Test
    void amounts_and_dates_are_read_as_the_forms_read_them() {
        OperationsCsv.Parsed parsed = OperationsCsv.parse(HEADER
                + "A;notification;5/1/2023;1\u202F300\u202F000,00\u00A0€;DEC-1;;;\n"
                + "A;notification;15/01/23;€ 1 300 000,00;DEC-1;;;\n"
                + "A;notification;15.01.2023;1 300 € 000;DEC-1;;;\n"
                + "A;notification;15/01/2023;1 30 000,00;DEC-1;;;\n");

        assertThat(parsed.lines()).singleElement().satisfies(line -> {
            assertThat(line.date()).isEqualTo(LocalDate.of(2023, 1, 5));
            assertThat(line.amount()).isEqualTo(Money.euros("1300000.00"));
        });
        assertThat(parsed.errors()).extracting(LineError::line, LineError::column).containsExactly(
                tuple(3, "montant"), tuple(3, "date"), tuple(4, "montant"), tuple(4, "date"), tuple(5, "montant"));
    }

    @Test
    void a_header_without_the_required_columns_stops_at_line_one() {
        OperationsCsv.Parsed parsed = OperationsCsv.parse("Lauréat;Montant\nA;1,00\n");

        assertThat(parsed.errors()).extracting(LineError::column)
                .containsExactly("reference", "operation", "date");
        assertThat(parsed.errors()).allSatisfy(error -> assertThat(error.line()).isEqualTo(1));
    }

    @Test
    void an_empty_file_says_so() {
        assertThat(OperationsCsv.parse("").errors()).extracting(LineError::code).containsExactly("FILE_EMPTY");
    }

    @Test
    void utf8_with_or_without_bom_and_latin1_all_read_the_same() {
        String text = "Référence;é;ç\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);

        assertThat(TextDecoding.decode(utf8)).isEqualTo(text);
        assertThat(TextDecoding.decode(withBom)).isEqualTo(text);
        assertThat(TextDecoding.decode(text.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(text);
    }

    @Test
    void a_streamed_file_keeps_its_first_lines_up_to_the_limit_counts_the_rest_and_tells_its_progress() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int n = 1; n <= 2_500; n++) {
            text.append("A;versement;01/02/2023;1,00;;V-").append(n).append(";acompte;\n");
            if (n == 1_200) {
                text.append("\n\n");
            }
        }
        List<Integer> progress = new ArrayList<>();

        OperationsCsv.Parsed parsed = OperationsCsv.parse(new OneCharAtATime(text.toString()), 2_000, progress::add);

        assertThat(parsed.count()).isEqualTo(2_500);
        assertThat(parsed.lines()).hasSize(2_000);
        assertThat(parsed.lines().get(1_199).line()).isEqualTo(1_201);
        assertThat(parsed.lines().get(1_200).line()).as("after two blank lines").isEqualTo(1_204);
        assertThat(progress).containsExactly(1_000, 2_000);
    }

    @Test
    void a_stream_is_read_as_utf8_with_or_without_its_mark_else_as_latin1() throws IOException {
        String text = "Référence;Opération\nÉté;versement\n";
        byte[] withBom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);

        assertThat(readAll(new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)))).isEqualTo(text);
        assertThat(readAll(new ByteArrayResource(withBom))).isEqualTo(text);
        assertThat(readAll(new ByteArrayResource(text.getBytes(StandardCharsets.ISO_8859_1)))).isEqualTo(text);
    }

    private static String readAll(ByteArrayResource file) throws IOException {
        try (Reader reader = TextDecoding.reader(file)) {
            StringWriter out = new StringWriter();
            reader.transferTo(out);
            return out.toString();
        }
    }

    /** A reader that hands over one character a call, as a slow network would. */
    private static final class OneCharAtATime extends StringReader {

        OneCharAtATime(String text) {
            super(text);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            return super.read(buffer, offset, Math.min(length, 1));
        }
    }
}
