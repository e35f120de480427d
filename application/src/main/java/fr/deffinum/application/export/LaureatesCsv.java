package fr.deffinum.application.export;

import fr.deffinum.application.programme.Sectors;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.domain.money.Money;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The laureates and their current figures as a spreadsheet opens them in France: a UTF-8 byte
 * order mark (or Excel reads Latin-1), {@code ;} between columns, a decimal comma and no
 * thousands separator (so that the cells are numbers), dates dd/mm/yyyy.
 */
public final class LaureatesCsv {

    static final String BOM = "\uFEFF";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] HEADER = {"Référence", "Nom", "Organisme porteur", "Programme", "Secteur",
            "Statut", "Base du montant", "Coût complet", "Subvention maximale", "Montant accordé", "Versé",
            "Reste à verser", "Référence décision", "Notifié le", "SIRET", "Identifiant"};
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(HEADER)
            .setRecordSeparator("\r\n").get();

    private LaureatesCsv() {
    }

    public static String of(List<LaureateView> laureates) {
        StringWriter out = new StringWriter().append(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (LaureateView v : laureates) {
                printer.printRecord(v.reference(), v.name(), v.lead(), v.programme().value(), v.sector() == null ? null : Sectors.label(v.sector()),
                        v.status().name(), v.amountBasis().name(), amount(v.totalCost()), amount(v.maxGrant()),
                        amount(v.awardedAmount()), amount(v.paid()), amount(v.remainingToPay()),
                        v.decisionReference(), date(v.notifiedOn()), v.siret(), v.id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String amount(Money money) {
        return money == null ? "" : money.amount().toPlainString().replace('.', ',');
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
