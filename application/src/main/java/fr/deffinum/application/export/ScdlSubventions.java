package fr.deffinum.application.export;

import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.PaymentLine;
import fr.deffinum.application.programme.ProgrammeView;
import fr.deffinum.application.programme.Sectors;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The essential data of the grant agreements (décret 2017-779) in the SCDL Subventions format,
 * version 2.1.1: one row per notified grant (a convention exists only once the decision is
 * notified; laureates still at their maximum are listed apart), its 40 columns in the schema's
 * order, comma-separated UTF-8, ISO dates, decimal point.
 * <p>
 * The beneficiary's SIRET is known only once an officer records it: {@code idBeneficiaire} is
 * left empty until then (the schema allows it; its one-of check with {@code rnaBeneficiaire}
 * does not) and the export lists those rows. The decision's notification date stands for the
 * convention's date. The {@code dispositif} is the laureate's programme, named by its funding plan
 * and its name as recorded.
 */
public final class ScdlSubventions {

    public static final List<String> COLUMNS = List.of("idSubvention", "nomAttribuant", "idAttribuant",
            "nomServiceInstructeur", "idServiceInstructeur", "nomBeneficiaire", "idBeneficiaire", "rnaBeneficiaire",
            "exerciceBudgetaire", "pluriannualite", "anneesPluriannualite", "dateDecision", "dateConvention",
            "referenceDecision", "dateCreation", "dateDebut", "dateFin", "dispositif", "sousDispositif",
            "statutLabel", "objet", "nature", "montantDemande", "montant", "nomOutilInstruction",
            "nomOutilVersement", "ej", "cléVersement", "conditionsVersement", "descriptionConditionsVersement",
            "datesPeriodeVersement", "cofinancement", "attribuantsCofinanceurs", "idCofinancement", "idRAE",
            "notificationUE", "pourcentageSubvention", "evaluationCout", "evaluation", "dateMiseAJour");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new))
            .setRecordSeparator("\r\n").get();
    private static final int MAX_TEXT = 256;

    /** The file, the references of its rows without a SIRET, and the laureates left out as not yet notified. */
    public record Export(String csv, List<String> withoutSiret, List<String> notNotified,
                         List<String> publisherIdsMissing) {
    }

    private ScdlSubventions() {
    }

    public static Export of(List<LaureateView> laureates, Map<ProgrammeCode, ProgrammeView> programmes,
                            Publisher publisher, LocalDate updatedOn) {
        List<String> withoutSiret = new ArrayList<>();
        List<String> notNotified = new ArrayList<>();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (LaureateView v : laureates) {
                if (v.awardedAmount() == null) {
                    notNotified.add(v.reference());
                    continue;
                }
                if (v.siret() == null) {
                    withoutSiret.add(v.reference());
                }
                printer.printRecord(row(v, programmes.get(v.programme()), publisher, updatedOn));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> missing = new ArrayList<>();
        if (publisher.funderSiret().isEmpty()) {
            missing.add("idAttribuant");
        }
        if (publisher.instructorSiret().isEmpty()) {
            missing.add("idServiceInstructeur");
        }
        return new Export(out.toString(), withoutSiret, notNotified, missing);
    }

    private static List<String> row(LaureateView v, ProgrammeView programme, Publisher publisher,
                                    LocalDate updatedOn) {
        List<PaymentLine> payments = v.payments().stream().sorted(Comparator.comparing(PaymentLine::paidOn)).toList();
        Map<String, String> cells = new HashMap<>();
        cells.put("idSubvention", v.reference());
        cells.put("nomAttribuant", publisher.funderName());
        cells.put("idAttribuant", publisher.funderSiret());
        cells.put("nomServiceInstructeur", publisher.instructorName());
        cells.put("idServiceInstructeur", publisher.instructorSiret());
        cells.put("nomBeneficiaire", v.lead());
        cells.put("idBeneficiaire", v.siret());
        cells.put("exerciceBudgetaire", String.valueOf(v.notifiedOn().getYear()));
        cells.put("dateDecision", v.notifiedOn().toString());
        cells.put("dateConvention", v.notifiedOn().toString());
        cells.put("referenceDecision", v.decisionReference());
        cells.put("dispositif", truncated(programme == null ? v.programme().value() : programme.title()));
        cells.put("sousDispositif", v.strategy() != null ? v.strategy() : v.sector() == null ? null : Sectors.label(v.sector()));
        cells.put("statutLabel", "attribuée");
        cells.put("objet", truncated("Projet " + v.name() + " (appel à projets " + v.programme().value() + ")"));
        cells.put("nature", "aide en numéraire");
        cells.put("montant", v.awardedAmount().amount().toPlainString());
        cells.put("cléVersement", v.reference());
        cells.put("conditionsVersement", single(payments, v) ? "unique" : "échelonné");
        cells.put("descriptionConditionsVersement", truncated(paymentsDescription(payments)));
        cells.put("datesPeriodeVersement", period(payments, v.notifiedOn()));
        cells.put("notificationUE", "non");
        cells.put("pourcentageSubvention", "1.00");
        cells.put("evaluation", v.evaluation() == null ? null
                : truncated(v.evaluation().outcome().label() + (v.evaluation().comment() == null ? ""
                : " : " + v.evaluation().comment())));
        cells.put("dateMiseAJour", updatedOn.toString());
        return COLUMNS.stream().map(column -> cells.getOrDefault(column, "")).map(cell -> cell == null ? "" : cell)
                .toList();
    }

    /** One balance paying the whole amount at once; anything else is paid in instalments. */
    private static boolean single(List<PaymentLine> payments, LaureateView v) {
        return payments.size() == 1 && payments.get(0).kind() == PaymentKind.BALANCE
                && payments.get(0).amount().compareTo(v.awardedAmount()) == 0;
    }

    private static String paymentsDescription(List<PaymentLine> payments) {
        if (payments.isEmpty()) {
            return "Avance, acomptes et solde selon la convention ; aucun versement à ce jour.";
        }
        return payments.size() + " versement(s) à ce jour : " + String.join(", ", payments.stream()
                .map(p -> p.kind().label().toLowerCase(Locale.FRENCH) + " de " + p.amount().amount().toPlainString() + " EUR le "
                        + p.paidOn()).toList());
    }

    /** The first and last payment; before any, the decision's date, from which payments may start. */
    private static String period(List<PaymentLine> payments, LocalDate notifiedOn) {
        if (payments.isEmpty()) {
            return notifiedOn.toString();
        }
        LocalDate first = payments.get(0).paidOn();
        LocalDate last = payments.get(payments.size() - 1).paidOn();
        return first.equals(last) ? first.toString() : first + "/" + last;
    }

    private static String truncated(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
