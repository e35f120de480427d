package fr.deffinum.application.export;

import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.PaymentLine;
import fr.deffinum.application.programme.ProgrammeView;
import fr.deffinum.application.programme.Sectors;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The laureates as a 360Giving data package (standard 1.4), built as plain maps so that absent
 * facts are absent fields, never nulls. Identifiers carry our own prefix ({@value #PREFIX}): the
 * organisations too, since the press release gives no registry number for them.
 * <p>
 * Before the State's decision the only amount is the published <em>maximum</em>: the grant then
 * carries it as {@code amountAwarded}, dated by the selection, says so in its description, and
 * has no commitment yet. The notified decision is the commitment transaction; each payment a
 * disbursement. The press release gives no project dates: the planned start is the decision's
 * date (or the selection's). Each grant names its programme as recorded: its code, and as title its
 * funding plan and name.
 */
public final class ThreeSixtyGiving {

    public static final String PREFIX = "360G-deffinum-";
    static final String VERSION = "1.4";

    private ThreeSixtyGiving() {
    }

    public static Map<String, Object> packageOf(List<LaureateView> laureates,
                                                Map<ProgrammeCode, ProgrammeView> programmes, Publisher publisher,
                                                LocalDate issued) {
        List<ProgrammeCode> codes = laureates.stream().map(LaureateView::programme).distinct().toList();
        String among = codes.size() == 1 ? "du programme " + title(codes.get(0), programmes)
                : "des programmes " + String.join(", ", codes.stream().map(ProgrammeCode::value).toList());
        long redirected = laureates.stream().filter(laureate -> laureate.strategy() != null).count();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("version", VERSION);
        data.put("title", "Lauréats " + among);
        data.put("description", "Subventions aux " + laureates.size() + " lauréats " + among
                + (redirected == 0 ? "" : ", dont " + redirected + " réorientés d'un autre programme")
                + " : montants maximaux publiés, décisions notifiées et versements.");
        data.put("issued", issued.toString());
        data.put("publisher", Map.of("name", publisher.funderName()));
        data.put("grants", laureates.stream().map(laureate -> grant(laureate, programmes, publisher)).toList());
        return data;
    }

    private static Map<String, Object> grant(LaureateView v, Map<ProgrammeCode, ProgrammeView> programmes,
                                             Publisher publisher) {
        boolean firm = v.awardedAmount() != null;
        LocalDate awarded = firm ? v.notifiedOn() : v.selectedOn();
        Map<String, Object> grant = new LinkedHashMap<>();
        grant.put("id", PREFIX + v.reference());
        grant.put("title", v.name());
        grant.put("description", description(v, firm));
        grant.put("currency", "EUR");
        grant.put("amountAwarded", v.grant().amount());
        grant.put("amountDisbursed", v.paid().amount());
        grant.put("awardDate", awarded.toString());
        grant.put("plannedDates", List.of(Map.of("startDate", awarded.toString())));
        grant.put("recipientOrganization", List.of(Map.of("id", PREFIX + "org-"
                + (v.siret() == null ? v.reference() : "siret-" + v.siret()), "name", v.lead())));
        grant.put("fundingOrganization", List.of(Map.of("id", PREFIX + "org-sgpi", "name", publisher.funderName())));
        grant.put("grantProgramme", List.of(Map.of("code", v.programme().value(),
                "title", title(v.programme(), programmes))));
        grant.put("fromOpenCall", "Yes");
        if (firm) {
            grant.put("commitmentTransaction", List.of(transaction(v.reference() + "-decision", awarded,
                    v.awardedAmount().amount(), "Décision notifiée " + v.decisionReference())));
        }
        if (!v.payments().isEmpty()) {
            grant.put("disbursementTransaction", v.payments().stream()
                    .map(payment -> disbursement(v, payment)).toList());
        }
        return grant;
    }

    private static String description(LaureateView v, boolean firm) {
        String sector = v.sectorsAsPublished() != null ? v.sectorsAsPublished() : v.sector() == null ? v.programme().value() : Sectors.label(v.sector());
        return "Projet « " + v.name() + " » porté par " + v.lead() + " (" + sector + "). "
                + (firm ? "Montant accordé par la décision " + v.decisionReference() + "."
                : "Montant maximal publié à la sélection : la décision de l'État n'est pas encore notifiée.");
    }

    private static String title(ProgrammeCode code, Map<ProgrammeCode, ProgrammeView> programmes) {
        ProgrammeView programme = programmes.get(code);
        return programme == null ? code.value() : programme.title();
    }

    private static Map<String, Object> disbursement(LaureateView v, PaymentLine payment) {
        return transaction(v.reference() + "-" + payment.paymentId(), payment.paidOn(), payment.amount().amount(),
                "Versement " + payment.kind().name().toLowerCase() + " " + payment.paymentId());
    }

    private static Map<String, Object> transaction(String id, LocalDate date, Object value, String description) {
        Map<String, Object> transaction = new LinkedHashMap<>();
        transaction.put("id", PREFIX + id);
        transaction.put("transactionDate", date.toString());
        transaction.put("currency", "EUR");
        transaction.put("value", value);
        transaction.put("description", description);
        return transaction;
    }
}
