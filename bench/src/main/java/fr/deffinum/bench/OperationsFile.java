package fr.deffinum.bench;

import java.math.BigDecimal;

/**
 * A year of a programme office's notifications and payments as one CSV file, as officers keep it:
 * the last undecided laureates notified, then payments of 0.01 € spread over every decided laureate.
 * A bad line, when asked for, pays a laureate its whole award again.
 */
final class OperationsFile {

    private static final String HEADER = "Référence;Opération;Date;Montant;Référence décision;Identifiant versement;Nature\n";

    private OperationsFile() {
    }

    /**
     * {@code lines} lines: notifications of the laureates {@code [firstNotified, undecided)}, then
     * payments over {@code [undecided, lastPaid)}; {@code badLine} (the file's line number, the header
     * being line 1), if above 1, is a payment above what was awarded.
     */
    static String of(GeneratedProgramme programme, int lines, int firstNotified, int undecided, int lastPaid,
                     int badLine, String run) {
        StringBuilder csv = new StringBuilder(lines * 64).append(HEADER);
        int line = 1;
        for (int laureate = firstNotified; laureate < undecided && line <= lines; laureate++) {
            line++;
            csv.append(GeneratedProgramme.reference(laureate)).append(";notification;15/03/2023;")
                    .append(french(programme.awarded(laureate).amount())).append(";DEC-I-").append(laureate).append(";;\n");
        }
        int payee = undecided;
        while (line <= lines) {
            line++;
            String amount = line == badLine ? french(programme.awarded(payee).amount()) : "0,01";
            csv.append(GeneratedProgramme.reference(payee)).append(";versement;01/06/2025;").append(amount)
                    .append(";;").append(run).append('-').append(line).append(";acompte\n");
            payee = payee + 1 < lastPaid ? payee + 1 : undecided;
        }
        return csv.toString();
    }

    private static String french(BigDecimal amount) {
        return amount.toPlainString().replace('.', ',');
    }
}
